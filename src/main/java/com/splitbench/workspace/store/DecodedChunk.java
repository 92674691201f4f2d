package com.splitbench.workspace.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A chunk written by {@link ChunkEncoder}, decoded into primitive arrays by column name. */
public final class DecodedChunk {

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int rows;
    private final Map<String, Object> columns;

    private DecodedChunk(int rows, Map<String, Object> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    public static DecodedChunk decode(byte[] data) {
        if (data.length < 10 || (int) INTS.get(data, 0) != ChunkEncoder.MAGIC) {
            throw new IllegalStateException("Not a Splitbench chunk (bad magic); the workspace may be damaged");
        }
        int rows = (int) INTS.get(data, 4);
        int columnCount = (data[8] & 0xFF) | (data[9] & 0xFF) << 8;
        Map<String, Object> columns = new LinkedHashMap<>();
        int p = 10;
        for (int c = 0; c < columnCount; c++) {
            int nameLength = data[p++] & 0xFF;
            String name = new String(data, p, nameLength, StandardCharsets.UTF_8);
            p += nameLength;
            ColumnType type = ColumnType.values()[data[p++]];
            ColumnEncoding encoding = ColumnEncoding.values()[data[p++]];
            int length = (int) INTS.get(data, p);
            p += 4;
            columns.put(name, decodeColumn(data, p, rows, type, encoding));
            p += length;
        }
        return new DecodedChunk(rows, columns);
    }

    public int rows() {
        return rows;
    }

    public List<String> names() {
        return new ArrayList<>(columns.keySet());
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public int[] ints(String name) {
        return (int[]) require(name);
    }

    public long[] longs(String name) {
        return (long[]) require(name);
    }

    public double[] doubles(String name) {
        return (double[]) require(name);
    }

    /** A byte-string column: {@code offsets} has rows + 1 entries into {@code bytes}. */
    public StringColumn strings(String name) {
        return (StringColumn) require(name);
    }

    /** Byte strings of one column; entry i is {@code bytes[offsets[i] .. offsets[i+1])}. */
    public record StringColumn(byte[] bytes, int[] offsets) {
    }

    private Object require(String name) {
        Object column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("Chunk has no column " + name + " (has " + columns.keySet() + ")");
        }
        return column;
    }

    private static Object decodeColumn(byte[] d, int p, int rows, ColumnType type, ColumnEncoding encoding) {
        switch (type) {
            case INT:
                return decodeInts(d, p, rows, encoding);
            case LONG:
                return decodeLongs(d, p, rows, encoding);
            case DOUBLE:
                return decodeDoubles(d, p, rows, encoding);
            default:
                return decodeStrings(d, p, rows);
        }
    }

    private static int[] decodeInts(byte[] d, int p, int rows, ColumnEncoding encoding) {
        int[] out = new int[rows];
        if (encoding == ColumnEncoding.CONSTANT) {
            Arrays.fill(out, (int) INTS.get(d, p));
        } else if (encoding == ColumnEncoding.PLAIN) {
            for (int i = 0; i < rows; i++) {
                out[i] = (int) INTS.get(d, p + 4 * i);
            }
        } else {
            long previous = 0;
            for (int i = 0; i < rows; i++) {
                long raw = 0;
                int shift = 0;
                byte b;
                do {
                    b = d[p++];
                    raw |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                previous += (raw >>> 1) ^ -(raw & 1);
                out[i] = (int) previous;
            }
        }
        return out;
    }

    private static long[] decodeLongs(byte[] d, int p, int rows, ColumnEncoding encoding) {
        long[] out = new long[rows];
        if (encoding == ColumnEncoding.CONSTANT) {
            Arrays.fill(out, (long) LONGS.get(d, p));
        } else if (encoding == ColumnEncoding.PLAIN) {
            for (int i = 0; i < rows; i++) {
                out[i] = (long) LONGS.get(d, p + 8 * i);
            }
        } else {
            long previous = 0;
            for (int i = 0; i < rows; i++) {
                long raw = 0;
                int shift = 0;
                byte b;
                do {
                    b = d[p++];
                    raw |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                previous += (raw >>> 1) ^ -(raw & 1);
                out[i] = previous;
            }
        }
        return out;
    }

    private static double[] decodeDoubles(byte[] d, int p, int rows, ColumnEncoding encoding) {
        double[] out = new double[rows];
        if (encoding == ColumnEncoding.CONSTANT) {
            Arrays.fill(out, Double.longBitsToDouble((long) LONGS.get(d, p)));
        } else if (encoding == ColumnEncoding.DECIMAL_VARINT) {
            double power = ChunkEncoder.POWERS_OF_TEN[d[p++]];
            for (int i = 0; i < rows; i++) {
                long raw = 0;
                int shift = 0;
                byte b;
                do {
                    b = d[p++];
                    raw |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                if (raw == 0) {
                    out[i] = Double.NaN;
                } else {
                    raw--;
                    out[i] = ((raw >>> 1) ^ -(raw & 1)) / power;
                }
            }
        } else {
            for (int i = 0; i < rows; i++) {
                out[i] = Double.longBitsToDouble((long) LONGS.get(d, p + 8 * i));
            }
        }
        return out;
    }

    private static StringColumn decodeStrings(byte[] d, int p, int rows) {
        int[] offsets = new int[rows + 1];
        int start = p;
        // First pass: lengths, to size the byte array exactly.
        int q = p;
        int total = 0;
        for (int i = 0; i < rows; i++) {
            int length = 0;
            int shift = 0;
            byte b;
            do {
                b = d[q++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            q += length;
            total += length;
        }
        byte[] bytes = new byte[total];
        q = start;
        int out = 0;
        for (int i = 0; i < rows; i++) {
            int length = 0;
            int shift = 0;
            byte b;
            do {
                b = d[q++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            System.arraycopy(d, q, bytes, out, length);
            q += length;
            out += length;
            offsets[i + 1] = out;
        }
        return new StringColumn(bytes, offsets);
    }
}
