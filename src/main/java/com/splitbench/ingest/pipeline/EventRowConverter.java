package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.source.RecordReader;

/** Metric events: unit, event type and time are required; experiment and value are optional. */
final class EventRowConverter extends RowConverter {

    private final int unitColumn;
    private final int eventColumn;
    private final int timeColumn;
    private final int valueColumn;

    EventRowConverter(ConversionContext context) {
        super(context, true);
        unitColumn = mapping.column(ColumnRole.UNIT);
        eventColumn = mapping.column(ColumnRole.EVENT);
        timeColumn = mapping.column(ColumnRole.TIME);
        valueColumn = mapping.column(ColumnRole.VALUE);
    }

    @Override
    void convert(RecordReader r, RowBatch batch) throws BadValueException {
        int row = batch.size;
        batch.time[row] = time(r, timeColumn);
        batch.value[row] = valueColumn < 0 ? Double.NaN : number(r, valueColumn);
        checkContext(r);
        batch.experiment[row] = experiment(r, false);
        batch.symbol[row] = symbol(r, eventColumn, "event type");
        unit(r, unitColumn, batch);
        dimensions(r, batch);
    }
}
