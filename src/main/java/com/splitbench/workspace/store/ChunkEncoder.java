package com.splitbench.workspace.store;

import java.nio.charset.StandardCharsets;

/**
 * Writes one self-describing columnar chunk. Layout (little-endian):
 * <pre>
 * "SBC1" | int rows | short columns | per column: u8 nameLength, name (UTF-8), u8 type, u8 encoding,
 *                                                int payloadLength, payload
 * </pre>
 * Int and long columns are stored as zigzag delta varints when that is smaller than fixed width (times sorted
 * by arrival take 1-3 bytes instead of 8; small symbol ids take 1 byte), and as one value when constant.
 * See docs/decisions/0003-columnar-chunk-codec.md for the measurements behind this.
 */
public final class ChunkEncoder {

    static final int MAGIC = 0x31434253; // "SBC1" read as a little-endian int

    private final int rows;
    private final ByteSink sink;
    private final int columnCountPosition;
    private int columns;

    public ChunkEncoder(int rows, int expectedBytes) {
        this.rows = rows;
        this.sink = new ByteSink(expectedBytes);
        sink.i32(MAGIC);
        sink.i32(rows);
        columnCountPosition = sink.size();
        sink.u8(0);
        sink.u8(0);
    }

    public ChunkEncoder ints(String name, int[] values) {
        boolean constant = true;
        long varintBytes = 0;
        int previous = 0;
        for (int i = 0; i < rows; i++) {
            int v = values[i];
            constant &= v == values[0];
            varintBytes += ByteSink.varintLength(ByteSink.zigzag((long) v - previous));
            previous = v;
        }
        if (rows > 0 && constant) {
            header(name, ColumnType.INT, ColumnEncoding.CONSTANT, 4);
            sink.i32(values[0]);
        } else if (varintBytes < 4L * rows) {
            header(name, ColumnType.INT, ColumnEncoding.DELTA_VARINT, (int) varintBytes);
            sink.ensure((int) varintBytes + 10);
            previous = 0;
            for (int i = 0; i < rows; i++) {
                sink.varint(ByteSink.zigzag((long) values[i] - previous));
                previous = values[i];
            }
        } else {
            header(name, ColumnType.INT, ColumnEncoding.PLAIN, 4 * rows);
            sink.ensure(4 * rows);
            for (int i = 0; i < rows; i++) {
                sink.i32(values[i]);
            }
        }
        return this;
    }

    public ChunkEncoder longs(String name, long[] values) {
        boolean constant = true;
        long varintBytes = 0;
        long previous = 0;
        for (int i = 0; i < rows; i++) {
            long v = values[i];
            constant &= v == values[0];
            varintBytes += ByteSink.varintLength(ByteSink.zigzag(v - previous));
            previous = v;
        }
        if (rows > 0 && constant) {
            header(name, ColumnType.LONG, ColumnEncoding.CONSTANT, 8);
            sink.i64(values[0]);
        } else if (varintBytes < 8L * rows) {
            header(name, ColumnType.LONG, ColumnEncoding.DELTA_VARINT, (int) varintBytes);
            sink.ensure((int) varintBytes + 10);
            previous = 0;
            for (int i = 0; i < rows; i++) {
                // Overflowing differences wrap and unwrap identically, so any long round-trips.
                sink.varint(ByteSink.zigzag(values[i] - previous));
                previous = values[i];
            }
        } else {
            header(name, ColumnType.LONG, ColumnEncoding.PLAIN, 8 * rows);
            sink.ensure(8 * rows);
            for (int i = 0; i < rows; i++) {
                sink.i64(values[i]);
            }
        }
        return this;
    }

    public ChunkEncoder doubles(String name, double[] values) {
        boolean constant = true;
        long first = rows > 0 ? Double.doubleToRawLongBits(values[0]) : 0;
        for (int i = 1; i < rows && constant; i++) {
            constant = Double.doubleToRawLongBits(values[i]) == first;
        }
        int scale = constant ? -1 : decimalScale(values);
        if (rows > 0 && constant) {
            header(name, ColumnType.DOUBLE, ColumnEncoding.CONSTANT, 8);
            sink.i64(first);
        } else if (scale >= 0) {
            double power = POWERS_OF_TEN[scale];
            long length = 1;
            for (int i = 0; i < rows; i++) {
                length += ByteSink.varintLength(decimalCode(values[i], power));
            }
            if (length < 8L * rows) {
                header(name, ColumnType.DOUBLE, ColumnEncoding.DECIMAL_VARINT, (int) length);
                sink.u8(scale);
                sink.ensure((int) length + 10);
                for (int i = 0; i < rows; i++) {
                    sink.varint(decimalCode(values[i], power));
                }
                return this;
            }
            header(name, ColumnType.DOUBLE, ColumnEncoding.PLAIN, 8 * rows);
            plainDoubles(values);
        } else {
            header(name, ColumnType.DOUBLE, ColumnEncoding.PLAIN, 8 * rows);
            plainDoubles(values);
        }
        return this;
    }

    private void plainDoubles(double[] values) {
        sink.ensure(8 * rows);
        for (int i = 0; i < rows; i++) {
            sink.i64(Double.doubleToRawLongBits(values[i]));
        }
    }

    static final double[] POWERS_OF_TEN = {1, 10, 100, 1000, 10_000};
    private static final double MAX_EXACT = 0x1p52;

    /** The smallest scale at which every value is an exact decimal, or -1 (then doubles are stored plain). */
    private int decimalScale(double[] values) {
        for (int scale = 0; scale < POWERS_OF_TEN.length; scale++) {
            if (allExactAt(values, POWERS_OF_TEN[scale])) {
                return scale;
            }
        }
        return -1;
    }

    private boolean allExactAt(double[] values, double power) {
        for (int i = 0; i < rows; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            double scaled = Math.rint(v * power);
            if (Math.abs(scaled) >= MAX_EXACT
                    || Double.doubleToRawLongBits((long) scaled / power) != Double.doubleToRawLongBits(v)) {
                return false;
            }
        }
        return true;
    }

    private static long decimalCode(double v, double power) {
        return Double.isNaN(v) ? 0 : ByteSink.zigzag((long) Math.rint(v * power)) + 1;
    }

    /** Dictionary entries {@code firstId .. firstId + rows - 1} as a byte-string column. */
    public ChunkEncoder strings(String name, ByteDictionary dictionary, int firstId) {
        int payload = 0;
        for (int i = 0; i < rows; i++) {
            int length = dictionary.offset(firstId + i + 1) - dictionary.offset(firstId + i);
            payload += ByteSink.varintLength(length) + length;
        }
        header(name, ColumnType.BYTES, ColumnEncoding.LENGTH_PREFIXED, payload);
        for (int i = 0; i < rows; i++) {
            int start = dictionary.offset(firstId + i);
            int length = dictionary.offset(firstId + i + 1) - start;
            sink.varint(length);
            sink.raw(dictionary.arena(), start, length);
        }
        return this;
    }

    public byte[] toBytes() {
        return sink.toByteArray();
    }

    private void header(String name, ColumnType type, ColumnEncoding encoding, int payloadLength) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 255) {
            throw new IllegalArgumentException("Column name longer than 255 bytes: " + name);
        }
        sink.u8(nameBytes.length);
        sink.raw(nameBytes, 0, nameBytes.length);
        sink.u8(type.ordinal());
        sink.u8(encoding.ordinal());
        sink.i32(payloadLength);
        columns++;
        sink.u16At(columnCountPosition, columns);
    }
}
