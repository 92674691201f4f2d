package com.splitbench.ingest.pipeline;

/**
 * A tiny direct-mapped cache in front of the symbol dictionary for one column. Variants, event types and
 * dimension values repeat a handful of values millions of times; comparing a few bytes with the cached key is
 * cheaper than hashing them and probing the dictionary.
 */
final class SymbolCache {

    private static final int SIZE = 64;

    private final byte[][] keys = new byte[SIZE][];
    private final int[] ids = new int[SIZE];

    /** The cached id of the (non-empty) value, or -1. */
    int get(byte[] b, int start, int end) {
        byte[] key = keys[slot(b, start, end)];
        if (key == null || key.length != end - start) {
            return -1;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != b[start + i]) {
                return -1;
            }
        }
        return ids[slot(b, start, end)];
    }

    void put(byte[] b, int start, int end, int id) {
        int slot = slot(b, start, end);
        keys[slot] = java.util.Arrays.copyOfRange(b, start, end);
        ids[slot] = id;
    }

    private static int slot(byte[] b, int start, int end) {
        int length = end - start;
        return (length * 31 + b[start] * 7 + b[end - 1] * 131 + b[start + length / 2] * 17) & (SIZE - 1);
    }
}
