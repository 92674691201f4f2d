package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.mapping.ColumnMapping;
import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.parse.Numbers;
import com.splitbench.ingest.parse.TimestampParser;
import com.splitbench.ingest.source.RecordReader;
import com.splitbench.workspace.store.ByteDictionary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one record into one row of a {@link RowBatch}: ids interned in the workspace dictionaries, times in epoch
 * milliseconds, values as doubles, extra columns and context keys as dimensions. Fields that may fail (times,
 * numbers) are read before anything is interned, so a bad row adds nothing to the dictionaries.
 */
abstract class RowConverter {

    final ByteDictionary symbols;
    final ColumnMapping mapping;
    final TimestampParser times;
    final DimensionColumns dimensions;
    final int fixedExperiment;
    private final int[] extraColumns;
    private final int[] extraSlots;
    private final int contextColumn;
    private final ByteDictionary contextKeys = new ByteDictionary();
    private int[] contextSlots = new int[8];
    private String column;
    private final ContextFields contextFields = new ContextFields();
    private final SymbolCache[] symbolCaches;

    RowConverter(ConversionContext context, boolean extrasAreDimensions) {
        this.symbols = context.symbols();
        this.mapping = context.mapping();
        this.times = new TimestampParser(context.zone());
        this.dimensions = new DimensionColumns(context.symbols());
        this.fixedExperiment = context.experiment() == null ? -1 : symbols.intern(context.experiment());
        List<Integer> extras = extrasAreDimensions ? mapping.extraColumns() : List.of();
        this.extraColumns = extras.stream().mapToInt(Integer::intValue).toArray();
        this.extraSlots = new int[extraColumns.length];
        for (int k = 0; k < extraColumns.length; k++) {
            extraSlots[k] = dimensions.slot(mapping.name(extraColumns[k]));
        }
        this.contextColumn = mapping.column(ColumnRole.CONTEXT);
        this.symbolCaches = new SymbolCache[context.mapping().width()];
    }

    /** Writes the current record into row {@code batch.size} (without counting it). */
    abstract void convert(RecordReader r, RowBatch batch) throws BadValueException;

    /** The column whose value was being read when the last conversion failed. */
    String column() {
        return column;
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (String name : dimensions.cappedColumns()) {
            notes.add("column " + name + " has more than " + DimensionColumns.MAX_DISTINCT + " distinct values;"
                    + " further values are kept as " + DimensionColumns.OTHER);
        }
        return notes;
    }

    private String nameOf(int columnIndex) {
        return columnIndex >= 0 ? mapping.name(columnIndex) : null;
    }

    final long time(RecordReader r, int columnIndex) throws BadValueException {
        column = nameOf(columnIndex);
        return times.parse(r.buffer(), r.starts()[columnIndex], r.ends()[columnIndex]);
    }

    /** An optional number: NaN when empty. */
    final double number(RecordReader r, int columnIndex) throws BadValueException {
        int start = r.starts()[columnIndex];
        int end = r.ends()[columnIndex];
        if (start == end) {
            return Double.NaN;
        }
        column = nameOf(columnIndex);
        return Numbers.parseDouble(r.buffer(), start, end);
    }

    /** A required boolean (TRUE/FALSE, 1/0, yes/no in any case) as 1 or 0; the caller handles empty fields. */
    final int bit(RecordReader r, int columnIndex) throws BadValueException {
        int bit = Numbers.parseBoolean(r.buffer(), r.starts()[columnIndex], r.ends()[columnIndex]);
        if (bit < 0) {
            column = nameOf(columnIndex);
            throw new BadValueException("'" + Numbers.abbreviate(r.field(columnIndex))
                    + "' is not a boolean (TRUE/FALSE, 1/0, yes/no)");
        }
        return bit;
    }

    /** Copies the unit id into the batch; the writer thread interns a batch of them at once. */
    final void unit(RecordReader r, int columnIndex, RowBatch batch) throws BadValueException {
        byte[] b = r.buffer();
        int start = trimStart(b, r.starts()[columnIndex], r.ends()[columnIndex]);
        int end = trimEnd(b, start, r.ends()[columnIndex]);
        if (start == end) {
            column = nameOf(columnIndex);
            throw new BadValueException("the unit id is empty");
        }
        batch.unitKey(r.buffer(), start, end);
    }

    /** A required symbol (variant, event type). */
    final int symbol(RecordReader r, int columnIndex, String what) throws BadValueException {
        byte[] b = r.buffer();
        int start = trimStart(b, r.starts()[columnIndex], r.ends()[columnIndex]);
        int end = trimEnd(b, start, r.ends()[columnIndex]);
        if (start == end) {
            column = nameOf(columnIndex);
            throw new BadValueException("the " + what + " is empty");
        }
        return cachedSymbol(r.buffer(), start, end, columnIndex);
    }

    /*
     * Ids (units, experiments, variants, event types) lose the spaces and tabs around them: "control " and
     * " control" are the variant control. Kept, such a slip in an export made a second arm, or moved a user out of
     * the experiment, without a word. Spaces inside an id stay.
     */
    private static int trimStart(byte[] b, int start, int end) {
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        return start;
    }

    private static int trimEnd(byte[] b, int start, int end) {
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        return end;
    }

    private int cachedSymbol(byte[] b, int start, int end, int columnIndex) {
        SymbolCache cache = symbolCaches[columnIndex];
        if (cache == null) {
            cache = new SymbolCache();
            symbolCaches[columnIndex] = cache;
        }
        int id = cache.get(b, start, end);
        if (id < 0) {
            id = symbols.intern(b, start, end - start);
            cache.put(b, start, end, id);
        }
        return id;
    }

    /** The row's experiment: from its column when the file has one, else the fixed one (or -1). */
    final int experiment(RecordReader r, boolean required) throws BadValueException {
        int columnIndex = mapping.column(ColumnRole.EXPERIMENT);
        if (columnIndex < 0) {
            return fixedExperiment;
        }
        byte[] b = r.buffer();
        int start = trimStart(b, r.starts()[columnIndex], r.ends()[columnIndex]);
        int end = trimEnd(b, start, r.ends()[columnIndex]);
        if (start == end) {
            if (required && fixedExperiment < 0) {
                column = nameOf(columnIndex);
                throw new BadValueException("the experiment is empty");
            }
            return fixedExperiment;
        }
        return cachedSymbol(r.buffer(), start, end, columnIndex);
    }

    /** Parses the context column (before anything is interned); {@link #dimensions} stores its pairs. */
    final void checkContext(RecordReader r) throws BadValueException {
        contextFields.count = 0;
        if (contextColumn >= 0) {
            column = nameOf(contextColumn);
            contextFields.parse(r.buffer(), r.starts()[contextColumn], r.ends()[contextColumn]);
        }
    }

    /** Fills the row's dimension columns from the extra columns and the context object. */
    final void dimensions(RecordReader r, RowBatch batch) throws BadValueException {
        int row = batch.size;
        batch.ensureDimensions(dimensions.count());
        for (int k = 0; k < batch.dimensions.length; k++) {
            batch.dimensions[k][row] = -1;
        }
        byte[] b = r.buffer();
        int[] starts = r.starts();
        int[] ends = r.ends();
        for (int k = 0; k < extraColumns.length; k++) {
            int c = extraColumns[k];
            batch.dimensions[extraSlots[k]][row] = dimensions.value(extraSlots[k], b, starts[c], ends[c]);
        }
        ContextFields c = contextFields;
        for (int k = 0; k < c.count; k++) {
            setContext(batch, row, c.keyBytes[k], c.keyStart[k], c.keyEnd[k], c.valueBytes[k], c.valueStart[k],
                    c.valueEnd[k]);
        }
    }

    private void setContext(RowBatch batch, int row, byte[] kb, int ks, int ke, byte[] vb, int vs, int ve) {
        int key = contextKeys.intern(kb, ks, ke - ks);
        if (key >= contextSlots.length) {
            contextSlots = Arrays.copyOf(contextSlots, contextSlots.length * 2);
        }
        if (contextSlots[key] == 0) {
            contextSlots[key] = dimensions.slot(new String(kb, ks, ke - ks, StandardCharsets.UTF_8)) + 1;
        }
        int slot = contextSlots[key] - 1;
        batch.ensureDimensions(dimensions.count());
        batch.dimensions[slot][row] = dimensions.value(slot, vb, vs, ve);
    }
}
