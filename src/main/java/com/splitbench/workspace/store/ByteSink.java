package com.splitbench.workspace.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A growable little-endian byte buffer with LEB128 varints, for encoding chunks. */
final class ByteSink {

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    void u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void i32(int value) {
        ensure(4);
        INTS.set(bytes, size, value);
        size += 4;
    }

    void u16At(int position, int value) {
        bytes[position] = (byte) value;
        bytes[position + 1] = (byte) (value >>> 8);
    }

    void i64(long value) {
        ensure(8);
        LONGS.set(bytes, size, value);
        size += 8;
    }

    void raw(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /** Unsigned LEB128; callers zigzag signed values first. Needs {@code ensure(10)} room. */
    void varint(long value) {
        ensure(10);
        byte[] b = bytes;
        int p = size;
        while ((value & ~0x7FL) != 0) {
            b[p++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        b[p++] = (byte) value;
        size = p;
    }

    static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    static int varintLength(long value) {
        // 1 byte per started 7 bits; value 0 still takes one byte.
        return value == 0 ? 1 : (63 - Long.numberOfLeadingZeros(value)) / 7 + 1;
    }
}
