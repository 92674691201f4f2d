package com.splitbench.workspace.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** A fast, well-mixed hash of short byte strings (ids, names), reading eight bytes at a time. */
public final class ByteHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long M1 = 0x9E3779B97F4A7C15L;
    private static final long M2 = 0xBF58476D1CE4E5B9L;

    private ByteHash() {
    }

    public static int hash(byte[] bytes, int offset, int length) {
        long h = length * M1;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            h = (h ^ (long) LONGS.get(bytes, offset + i)) * M2;
            h ^= h >>> 31;
        }
        long tail = 0;
        for (int shift = 0; i < length; i++, shift += 8) {
            tail |= (bytes[offset + i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * M1;
        h ^= h >>> 29;
        h *= M2;
        return (int) (h ^ (h >>> 32));
    }

    /** A 64-bit mix step (SplitMix64's finaliser), for combining row values into one hash. */
    public static long mix(long h, long value) {
        long z = (h ^ value) * M2 + M1;
        z = (z ^ (z >>> 30)) * M2;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
