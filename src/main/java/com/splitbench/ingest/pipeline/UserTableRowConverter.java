package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.source.RecordReader;

/**
 * Per-user tables: unit and variant are required, time is optional ({@code Long.MIN_VALUE} when absent), and the
 * other columns were typed by {@link UserColumnTypes} in a first pass: numbers and booleans (1/0) into metric
 * columns, text into dimensions.
 */
final class UserTableRowConverter extends RowConverter {

    private final int unitColumn;
    private final int variantColumn;
    private final int timeColumn;
    private final UserColumnTypes types;
    private final int[] textSlots;

    UserTableRowConverter(ConversionContext context, UserColumnTypes types) {
        super(context, false);
        this.types = types;
        unitColumn = mapping.column(ColumnRole.UNIT);
        variantColumn = mapping.column(ColumnRole.VARIANT);
        timeColumn = mapping.column(ColumnRole.TIME);
        textSlots = new int[types.textColumns().size()];
        for (int k = 0; k < textSlots.length; k++) {
            textSlots[k] = dimensions.slot(mapping.name(types.textColumns().get(k)));
        }
    }

    @Override
    void convert(RecordReader r, RowBatch batch) throws BadValueException {
        int row = batch.size;
        batch.time[row] = timeColumn < 0 || r.starts()[timeColumn] == r.ends()[timeColumn] ? Long.MIN_VALUE
                : time(r, timeColumn);
        byte[] b = r.buffer();
        for (int k = 0; k < types.metricColumns().size(); k++) {
            int c = types.metricColumns().get(k);
            int start = r.starts()[c];
            int end = r.ends()[c];
            if (start == end) {
                batch.metrics[k][row] = Double.NaN;
            } else if (types.isBoolean(k)) {
                batch.metrics[k][row] = bit(r, c);
            } else {
                batch.metrics[k][row] = number(r, c);
            }
        }
        batch.experiment[row] = experiment(r, true);
        batch.symbol[row] = symbol(r, variantColumn, "variant");
        unit(r, unitColumn, batch);
        batch.ensureDimensions(dimensions.count());
        for (int k = 0; k < textSlots.length; k++) {
            int c = types.textColumns().get(k);
            batch.dimensions[textSlots[k]][row] = dimensions.value(textSlots[k], b, r.starts()[c], r.ends()[c]);
        }
    }
}
