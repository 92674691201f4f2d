package com.splitbench.ingest.pipeline;

import com.splitbench.workspace.AssignmentChunk;
import com.splitbench.workspace.EventChunk;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.ImportTransaction;
import com.splitbench.workspace.UserTableChunk;
import com.splitbench.workspace.store.ByteDictionary;
import com.splitbench.workspace.store.ByteHash;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer side of a file's import: interns the batch's unit ids, skips duplicate rows, gathers rows into one partition per experiment (up
 * to {@value #MAX_PARTITIONS}; more go to a shared one) so that reading one experiment skips the others' chunks,
 * and writes each full partition as a chunk. Runs on the thread that owns the import transaction.
 */
final class ChunkAccumulator {

    private static final int MAX_PARTITIONS = 16;

    private final ImportTransaction transaction;
    private final ByteDictionary units;
    private final long importId;
    private final ImportShape shape;
    private final DuplicateFilter duplicates;
    private final List<String> metricNames;
    private final boolean[] metricBoolean;
    private final Map<Integer, Partition> partitions = new HashMap<>();
    private final ImportSummaries summaries;
    private Partition overflow;
    private Partition lastPartition;
    private int lastExperiment = Integer.MIN_VALUE;
    private List<String> hashedNames;
    private long[] nameHashes = new long[0];
    private long imported;
    private long skipped;

    /** @param duplicates the command's duplicate filter, or null to keep duplicate rows */
    ChunkAccumulator(ImportTransaction transaction, long importId, ImportShape shape, DuplicateFilter duplicates,
            List<String> metricNames, boolean[] metricBoolean) {
        this.transaction = transaction;
        this.units = transaction.units();
        this.importId = importId;
        this.shape = shape;
        this.duplicates = duplicates;
        this.metricNames = metricNames;
        this.metricBoolean = metricBoolean;
        this.summaries = new ImportSummaries(shape);
    }

    void add(RowBatch b) {
        units.internAll(b.unitKeys, b.unitKeyEnds, b.size, b.unit);
        boolean[] fresh = duplicates == null ? null : duplicates.addAll(rowHashes(b), b.size);
        if (b.dimensionNames != hashedNames) {
            hashedNames = b.dimensionNames;
            nameHashes = new long[hashedNames.size()];
            for (int k = 0; k < nameHashes.length; k++) {
                nameHashes[k] = ByteHash.mix(0x5EED, hashedNames.get(k).hashCode());
            }
        }
        for (int i = 0; i < b.size; i++) {
            if (fresh != null && !fresh[i]) {
                skipped++;
                continue;
            }
            Partition partition = partitionFor(b.experiment[i]);
            partition.append(b, i);
            if (partition.isFull()) {
                flush(partition);
            }
            summaries.add(b, i);
            imported++;
        }
    }

    /** Writes the partly filled chunks and the file's summaries. */
    void finish() {
        for (Partition partition : partitions.values()) {
            flush(partition);
        }
        if (overflow != null) {
            flush(overflow);
        }
        summaries.write(transaction, importId);
    }

    long imported() {
        return imported;
    }

    long duplicatesSkipped() {
        return skipped;
    }

    private Partition partitionFor(int experiment) {
        if (experiment == lastExperiment) {
            return lastPartition;
        }
        Partition partition = partitions.get(experiment);
        if (partition == null) {
            if (partitions.size() < MAX_PARTITIONS) {
                partition = new Partition(metricNames.size());
                partitions.put(experiment, partition);
            } else {
                if (overflow == null) {
                    overflow = new Partition(metricNames.size());
                }
                partition = overflow;
            }
        }
        lastExperiment = experiment;
        lastPartition = partition;
        return partition;
    }

    private void flush(Partition p) {
        if (p.size == 0) {
            return;
        }
        switch (shape) {
            case ASSIGNMENTS -> transaction.writeAssignments(importId, new AssignmentChunk(p.size, p.unit,
                    p.experiment, p.symbol, p.time, p.dimensionNames(), p.dimensionValues()));
            case EVENTS -> transaction.writeEvents(importId, new EventChunk(p.size, p.unit, p.experiment, p.symbol,
                    p.value, p.time, p.dimensionNames(), p.dimensionValues()));
            case USERS -> transaction.writeUserTable(importId, new UserTableChunk(p.size, p.unit, p.experiment,
                    p.symbol, p.time, metricNames, p.metrics, metricBoolean, p.dimensionNames(),
                    p.dimensionValues()));
        }
        p.reset();
    }

    private long[] rowHashes(RowBatch b) {
        long[] hashes = new long[b.size];
        for (int i = 0; i < b.size; i++) {
            hashes[i] = rowHash(b, i);
        }
        return hashes;
    }

    private long rowHash(RowBatch b, int i) {
        long h = ByteHash.mix(shape.ordinal() + 1, b.unit[i]);
        h = ByteHash.mix(h, b.experiment[i]);
        h = ByteHash.mix(h, b.symbol[i]);
        h = ByteHash.mix(h, b.time[i]);
        if (shape == ImportShape.EVENTS) {
            h = ByteHash.mix(h, Double.doubleToLongBits(b.value[i]));
        }
        for (double[] metric : b.metrics) {
            h = ByteHash.mix(h, Double.doubleToLongBits(metric[i]));
        }
        long dimensions = 0;
        for (int k = 0; k < nameHashes.length; k++) {
            int v = b.dimensions[k][i];
            if (v >= 0) {
                dimensions += ByteHash.mix(nameHashes[k], v); // a sum, so column order does not matter
            }
        }
        return ByteHash.mix(h, dimensions);
    }
}
