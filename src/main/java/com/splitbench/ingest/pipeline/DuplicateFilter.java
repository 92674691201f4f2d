package com.splitbench.ingest.pipeline;

import com.splitbench.common.UserFacingException;

/**
 * Remembers 64-bit hashes of the rows imported so far in one import command, to skip exact duplicate rows. An
 * open-addressing table of longs: 8 bytes per slot at a load factor of at most 3/4 (15/16 once the table has
 * reached a third of the heap), so 10M rows take 128 MB; under -Xmx512m it holds up to 15.7M rows.
 *
 * <p>Rows are compared by hash only. Two different rows share a 64-bit hash with probability about
 * n^2 / 2^65 among n rows: 3e-6 for 10 million rows, 3e-4 for 100 million. A collision would drop one real row,
 * so the risk is stated in docs/decisions/0005-duplicate-rows.md rather than paid for by storing every row.
 */
final class DuplicateFilter {

    /** The largest table this heap can afford beside the rest of an import: a third of the maximum heap. */
    private static final long MAX_TABLE_BYTES = Runtime.getRuntime().maxMemory() / 3;

    private long[] table = new long[1 << 16];
    private int size;
    private int mask = table.length - 1;
    private long prefetchSink;

    /** Adds the hash; false when it was already there (the row is a duplicate). */
    boolean add(long hash) {
        long h = hash == 0 ? 1 : hash; // 0 marks an empty slot
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long existing = table[slot];
            if (existing == 0) {
                table[slot] = h;
                if (++size * 4L > table.length * 3L) {
                    growOrCrowd();
                }
                return true;
            }
            if (existing == h) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Adds a batch of hashes; entry i of the result is false when hash i was already there. The table is far
     * larger than the CPU cache, so a first pass touches every slot the batch will use, letting those cache
     * misses overlap instead of stalling one by one.
     */
    boolean[] addAll(long[] hashes, int count) {
        boolean[] fresh = new boolean[count];
        long touched = 0;
        for (int group = 0; group < count; group += 256) {
            int end = Math.min(count, group + 256);
            for (int i = group; i < end; i++) {
                long h = hashes[i] == 0 ? 1 : hashes[i];
                touched += table[(int) (h ^ (h >>> 32)) & mask];
            }
            for (int i = group; i < end; i++) {
                fresh[i] = add(hashes[i]);
            }
        }
        prefetchSink = touched;
        return fresh;
    }

    int size() {
        return size;
    }

    /**
     * Doubles the table while it fits in {@link #MAX_TABLE_BYTES}; past that it fills up to 15/16 (slower probes,
     * same answers), and then refuses rather than run out of memory or silently stop checking.
     */
    private void growOrCrowd() {
        if (table.length * 16L <= MAX_TABLE_BYTES) {
            grow();
        } else if (size * 16L > table.length * 15L) {
            throw new UserFacingException("Too many rows to check for duplicates in this much memory (" + size
                    + " rows). Import with --keep-duplicates, or give Java more memory (for example -Xmx2g).");
        }
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
