package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.source.RecordReader;
import java.util.concurrent.BlockingQueue;

/**
 * The parse thread of a file's import: reads records, converts them into batches and hands full batches to the
 * writer through a bounded queue (so memory stays bounded whatever the file size). Any failure, including
 * too many bad rows or a cancel, travels to the writer as a failed batch.
 */
final class ParseStage implements Runnable {

    private final RecordReader reader;
    private final RowConverter converter;
    private final BadRows badRows;
    private final BlockingQueue<RowBatch> queue;
    private final Cancellation cancellation;
    private final Runnable onBatch;
    private final boolean checkWidth;
    private final int metricCount;
    private volatile long rowsRead;

    ParseStage(RecordReader reader, RowConverter converter, BadRows badRows, BlockingQueue<RowBatch> queue,
            Cancellation cancellation, Runnable onBatch, boolean checkWidth, int metricCount) {
        this.reader = reader;
        this.converter = converter;
        this.badRows = badRows;
        this.queue = queue;
        this.cancellation = cancellation;
        this.onBatch = onBatch;
        this.checkWidth = checkWidth;
        this.metricCount = metricCount;
    }

    long rowsRead() {
        return rowsRead;
    }

    BlockingQueue<RowBatch> queue() {
        return queue;
    }

    @Override
    public void run() {
        try {
            int width = reader.header().size();
            RowBatch batch = new RowBatch(metricCount);
            long rows = 0;
            while (reader.next()) {
                rows++;
                String problem = reader.problem();
                if (problem == null && checkWidth && reader.fieldCount() != width) {
                    problem = "expected " + width + " fields but found " + reader.fieldCount();
                }
                if (problem != null) {
                    badRows.add(reader.line(), null, problem, reader.rawText());
                } else {
                    try {
                        converter.convert(reader, batch);
                        batch.size++;
                    } catch (BadValueException e) {
                        badRows.add(reader.line(), converter.column(), e.getMessage(), reader.rawText());
                    }
                }
                if (batch.isFull()) {
                    rowsRead = rows;
                    handOff(batch, rows, false);
                    batch = new RowBatch(metricCount);
                    cancellation.throwIfCancelled();
                    onBatch.run();
                }
            }
            rowsRead = rows;
            badRows.finish();
            handOff(batch, rows, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the writer has stopped and does not want more batches
        } catch (Throwable failure) {
            try {
                queue.put(RowBatch.failed(failure));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void handOff(RowBatch batch, long rows, boolean last) throws InterruptedException {
        batch.dimensionNames = converter.dimensions.names();
        batch.ensureDimensions(batch.dimensionNames.size());
        batch.rowsRead = rows;
        batch.rowsRejected = badRows.rejected();
        batch.last = last;
        queue.put(batch);
    }
}
