package com.splitbench.ingest.pipeline;

/**
 * Remembers 64-bit hashes of the rows imported so far in one import command, to skip exact duplicate rows. An
 * open-addressing table of longs: 8 bytes per slot at a load factor of at most 3/4, so 10M rows take 128 MB.
 *
 * <p>Rows are compared by hash only. Two different rows share a 64-bit hash with probability about
 * n^2 / 2^65 among n rows: 3e-6 for 10 million rows, 3e-4 for 100 million. A collision would drop one real row,
 * so the risk is stated in docs/decisions/0005-duplicate-rows.md rather than paid for by storing every row.
 */
final class DuplicateFilter {

    private long[] table = new long[1 << 16];
    private int size;
    private int mask = table.length - 1;

    /** Adds the hash; false when it was already there (the row is a duplicate). */
    boolean add(long hash) {
        long h = hash == 0 ? 1 : hash; // 0 marks an empty slot
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long existing = table[slot];
            if (existing == 0) {
                table[slot] = h;
                if (++size * 4L > table.length * 3L) {
                    grow();
                }
                return true;
            }
            if (existing == h) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int slot = (int) (h ^ (h >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = h;
            }
        }
    }
}
