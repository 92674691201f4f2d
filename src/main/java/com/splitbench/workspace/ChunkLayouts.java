package com.splitbench.workspace;

import com.splitbench.workspace.store.ChunkEncoder;
import com.splitbench.workspace.store.DecodedChunk;
import java.util.ArrayList;
import java.util.List;

/** The column names each chunk kind is stored with, and the translation to and from the chunk records. */
final class ChunkLayouts {

    static final String UNIT = "unit";
    static final String EXPERIMENT = "experiment";
    static final String VARIANT = "variant";
    static final String EVENT_TYPE = "event_type";
    static final String VALUE = "value";
    static final String TIME = "time";
    static final String DIMENSION = "dim:";
    static final String NUMBER = "num:";
    static final String BOOLEAN = "bool:";

    private ChunkLayouts() {
    }

    static byte[] encode(AssignmentChunk c) {
        ChunkEncoder encoder = new ChunkEncoder(c.size(), c.size() * 8)
                .ints(UNIT, c.unit()).ints(EXPERIMENT, c.experiment()).ints(VARIANT, c.variant())
                .longs(TIME, c.timeMillis());
        dimensions(encoder, c.dimensionNames(), c.dimensions());
        return encoder.toBytes();
    }

    static byte[] encode(EventChunk c) {
        ChunkEncoder encoder = new ChunkEncoder(c.size(), c.size() * 16)
                .ints(UNIT, c.unit()).ints(EXPERIMENT, c.experiment()).ints(EVENT_TYPE, c.eventType())
                .doubles(VALUE, c.value()).longs(TIME, c.timeMillis());
        dimensions(encoder, c.dimensionNames(), c.dimensions());
        return encoder.toBytes();
    }

    static byte[] encode(UserTableChunk c) {
        ChunkEncoder encoder = new ChunkEncoder(c.size(), c.size() * (8 + 8 * c.columnNames().size()))
                .ints(UNIT, c.unit()).ints(EXPERIMENT, c.experiment()).ints(VARIANT, c.variant())
                .longs(TIME, c.timeMillis());
        for (int k = 0; k < c.columnNames().size(); k++) {
            encoder.doubles((c.booleanColumn()[k] ? BOOLEAN : NUMBER) + c.columnNames().get(k), c.columns()[k]);
        }
        dimensions(encoder, c.dimensionNames(), c.dimensions());
        return encoder.toBytes();
    }

    static AssignmentChunk assignments(DecodedChunk d) {
        Dimensions dims = Dimensions.of(d);
        return new AssignmentChunk(d.rows(), d.ints(UNIT), d.ints(EXPERIMENT), d.ints(VARIANT), d.longs(TIME),
                dims.names, dims.values);
    }

    static EventChunk events(DecodedChunk d) {
        Dimensions dims = Dimensions.of(d);
        return new EventChunk(d.rows(), d.ints(UNIT), d.ints(EXPERIMENT), d.ints(EVENT_TYPE), d.doubles(VALUE),
                d.longs(TIME), dims.names, dims.values);
    }

    static UserTableChunk userTable(DecodedChunk d) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<Boolean> booleans = new ArrayList<>();
        for (String name : d.names()) {
            boolean isBoolean = name.startsWith(BOOLEAN);
            if (isBoolean || name.startsWith(NUMBER)) {
                names.add(name.substring(isBoolean ? BOOLEAN.length() : NUMBER.length()));
                columns.add(d.doubles(name));
                booleans.add(isBoolean);
            }
        }
        boolean[] booleanColumn = new boolean[booleans.size()];
        for (int k = 0; k < booleanColumn.length; k++) {
            booleanColumn[k] = booleans.get(k);
        }
        Dimensions dims = Dimensions.of(d);
        return new UserTableChunk(d.rows(), d.ints(UNIT), d.ints(EXPERIMENT), d.ints(VARIANT), d.longs(TIME),
                List.copyOf(names), columns.toArray(new double[0][]), booleanColumn, dims.names, dims.values);
    }

    private static void dimensions(ChunkEncoder encoder, List<String> names, int[][] values) {
        for (int k = 0; k < names.size(); k++) {
            encoder.ints(DIMENSION + names.get(k), values[k]);
        }
    }

    private static final class Dimensions {
        final List<String> names;
        final int[][] values;

        private Dimensions(List<String> names, int[][] values) {
            this.names = names;
            this.values = values;
        }

        static Dimensions of(DecodedChunk d) {
            List<String> names = new ArrayList<>();
            List<int[]> values = new ArrayList<>();
            for (String name : d.names()) {
                if (name.startsWith(DIMENSION)) {
                    names.add(name.substring(DIMENSION.length()));
                    values.add(d.ints(name));
                }
            }
            return new Dimensions(List.copyOf(names), values.toArray(new int[0][]));
        }
    }
}
