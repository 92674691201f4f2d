package com.splitbench.sample;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the metric events file, plain or gzip: {@code user_id,experiment_id,event_type,value,timestamp}. */
final class EventWriter implements Closeable {

    private static final String HEADER = "user_id,experiment_id,event_type,value,timestamp";
    private static final int CHECKOUT = SampleScenario.experimentIndex(SampleScenario.CHECKOUT);

    private final String name;
    private final ExportLabels labels;
    private final AsciiSink sink;
    private final long[] formatCounts = new long[TimestampFormat.values().length];

    EventWriter(Path directory, String name, ExportLabels labels) throws IOException {
        this.name = name;
        this.labels = labels;
        this.sink = AsciiSink.open(directory.resolve(name), false, false);
        sink.put(HEADER).endHeader();
    }

    void write(SimulatedUser user) throws IOException {
        UserProfile profile = user.profile();
        UserEvents events = user.events;
        for (int row = 0; row < events.rowCount(); row++) {
            int event = events.rowEvent(row);
            TimestampFormat format = events.format(event);
            formatCounts[format.ordinal()]++;
            sink.put(profile.id()).put((byte) ',');
            if (events.tagged(event)) {
                sink.put(labels.experiment(CHECKOUT));
            }
            sink.put((byte) ',').put(events.type(event).bytes()).put((byte) ',');
            if (events.cents(event) != UserEvents.NO_VALUE) {
                sink.putCents(events.cents(event));
            }
            sink.put((byte) ',');
            format.write(sink, events.micros(event), profile.offsetMinutes());
            sink.endRow();
        }
    }

    long[] formatCounts() {
        return formatCounts.clone();
    }

    WrittenFile finish(Path directory) throws IOException {
        return new WrittenFile(name, directory.resolve(name), sink.rows(), sink.finish());
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }
}
