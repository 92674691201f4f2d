package com.splitbench.ingest.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Finds the next byte of interest in CSV text eight bytes at a time (SWAR), for {@link CsvRecordReader}. */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF = ONES * '\n';
    private static final long CR = ONES * '\r';
    private static final long QUOTE = ONES * '"';

    private ByteScan() {
    }

    /** The byte repeated in every lane of a long, for {@link #unquoted}. */
    static long pattern(byte b) {
        return ONES * (b & 0xFF);
    }

    /**
     * The index of the first delimiter, LF or CR at or after {@code p}, or {@code lim}. Eight bytes at a time:
     * for each wanted byte, {@code (x - 0x01..01) & ~x & 0x80..80} of {@code word ^ pattern} has a high bit set in
     * every byte equal to it (exactly so for the lowest such byte, which is the one we take).
     */
    static int unquoted(byte[] b, int p, int lim, long delimiterPattern, byte d) {
        while (p + 8 <= lim) {
            long word = (long) LONGS.get(b, p);
            long found = zeroBytes(word ^ delimiterPattern) | zeroBytes(word ^ LF) | zeroBytes(word ^ CR);
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            p += 8;
        }
        while (p < lim) {
            byte c = b[p];
            if (c == d || c == '\n' || c == '\r') {
                return p;
            }
            p++;
        }
        return lim;
    }

    /** The index of the first quote or LF at or after {@code p} inside a quoted field, or {@code lim}. */
    static int quoted(byte[] b, int p, int lim) {
        while (p + 8 <= lim) {
            long word = (long) LONGS.get(b, p);
            long found = zeroBytes(word ^ QUOTE) | zeroBytes(word ^ LF);
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            p += 8;
        }
        while (p < lim && b[p] != '"' && b[p] != '\n') {
            p++;
        }
        return p;
    }

    /** The index of the first byte at or after {@code p} with its high bit set (not ASCII), or {@code lim}. */
    static int nonAscii(byte[] b, int p, int lim) {
        while (p + 8 <= lim) {
            long high = (long) LONGS.get(b, p) & HIGHS;
            if (high != 0) {
                return p + (Long.numberOfTrailingZeros(high) >>> 3);
            }
            p += 8;
        }
        while (p < lim && b[p] >= 0) {
            p++;
        }
        return p;
    }

    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
