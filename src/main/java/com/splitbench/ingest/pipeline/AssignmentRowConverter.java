package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.source.RecordReader;

/** Assignments: unit, experiment, variant and time are required; context keys and extra columns are dimensions. */
final class AssignmentRowConverter extends RowConverter {

    private final int unitColumn;
    private final int variantColumn;
    private final int timeColumn;

    AssignmentRowConverter(ConversionContext context) {
        super(context, true);
        unitColumn = mapping.column(ColumnRole.UNIT);
        variantColumn = mapping.column(ColumnRole.VARIANT);
        timeColumn = mapping.column(ColumnRole.TIME);
    }

    @Override
    void convert(RecordReader r, RowBatch batch) throws BadValueException {
        int row = batch.size;
        batch.time[row] = time(r, timeColumn);
        checkContext(r);
        batch.experiment[row] = experiment(r, true);
        batch.symbol[row] = symbol(r, variantColumn, "variant");
        unit(r, unitColumn, batch);
        dimensions(r, batch);
    }
}
