package com.splitbench.workspace.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An append-only dictionary from byte strings to dense ids {@code 0..size()-1}: the workspace's unit and symbol
 * dictionaries. Keys live in one byte arena and the hash table holds ints, so a million unit ids cost about
 * 25 MB instead of the ~150 MB a {@code HashMap<String, Integer>} would, and the importer can look keys up
 * straight from its read buffer without creating a String per row.
 *
 * <p>Not thread-safe: one thread interns at a time (the import's parse thread); readers use it afterwards.
 */
public final class ByteDictionary {

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] offsets = new int[257];
    private int[] hashes = new int[256];
    private int size;
    /** Slots of {@code hash << 32 | (id + 1)}, 0 = empty: one load answers most lookups. */
    private long[] table = new long[512];
    private int mask = table.length - 1;
    private long prefetchSink;
    /** Rows whose cache lines are touched together: enough misses to overlap, few enough to stay in cache. */
    private static final int PREFETCH_GROUP = 256;

    /** The id of the key, adding it when new. */
    public int intern(byte[] bytes, int offset, int length) {
        return intern(bytes, offset, length, ByteHash.hash(bytes, offset, length));
    }

    private int intern(byte[] bytes, int offset, int length, int hash) {
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                int id = append(bytes, offset, length, hash);
                table[slot] = (long) hash << 32 | (id + 1);
                if (size * 2 > table.length) {
                    rehash(table.length * 2);
                }
                return id;
            }
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && keyEquals(id, bytes, offset, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Interns {@code count} keys laid end to end in {@code keys} (key i is {@code keys[ends[i-1] .. ends[i])},
     * from 0 for the first) into {@code ids}. With a million keys nearly every lookup misses the CPU cache several
     * times; going over the batch first to touch the slots and keys lets those misses overlap instead of queueing,
     * which makes this several times faster than calling {@link #intern} row by row.
     */
    public void internAll(byte[] keys, int[] ends, int count, int[] ids) {
        int[] hash = new int[count];
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = i == 0 ? 0 : ends[i - 1];
            hash[i] = ByteHash.hash(keys, starts[i], ends[i] - starts[i]);
        }
        long touched = 0;
        for (int group = 0; group < count; group += PREFETCH_GROUP) {
            int end = Math.min(count, group + PREFETCH_GROUP);
            for (int i = group; i < end; i++) {
                touched += table[hash[i] & mask];
            }
            for (int i = group; i < end; i++) {
                long entry = table[hash[i] & mask];
                if (entry != 0) {
                    touched += arena[offsets[(int) entry - 1]];
                }
            }
            for (int i = group; i < end; i++) {
                ids[i] = intern(keys, starts[i], ends[i] - starts[i], hash[i]);
            }
        }
        prefetchSink = touched; // a visible result, so the touching loops are not optimised away
    }

    public int intern(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return intern(bytes, 0, bytes.length);
    }

    /** The id of the key, or -1 when it is not in the dictionary. */
    public int find(byte[] bytes, int offset, int length) {
        int hash = ByteHash.hash(bytes, offset, length);
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int id = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && keyEquals(id, bytes, offset, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    public int find(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return find(bytes, 0, bytes.length);
    }

    public int size() {
        return size;
    }

    public String string(int id) {
        checkId(id);
        return new String(arena, offsets[id], offsets[id + 1] - offsets[id], StandardCharsets.UTF_8);
    }

    public byte[] bytes(int id) {
        checkId(id);
        return Arrays.copyOfRange(arena, offsets[id], offsets[id + 1]);
    }

    /** The raw arena and offsets, for encoding a range of entries without copying. */
    byte[] arena() {
        return arena;
    }

    int offset(int id) {
        return offsets[id];
    }

    /**
     * Forgets every entry with an id {@code >= newSize}: used when an import that added them is rolled back, so
     * that the in-memory dictionary matches the committed one again.
     */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("Cannot truncate a dictionary of " + size + " to " + newSize);
        }
        if (newSize == size) {
            return;
        }
        size = newSize;
        arenaSize = offsets[newSize];
        rehash(table.length);
    }

    private int append(byte[] bytes, int offset, int length, int hash) {
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        if (size + 1 >= hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            offsets = Arrays.copyOf(offsets, hashes.length + 1);
        }
        System.arraycopy(bytes, offset, arena, arenaSize, length);
        arenaSize += length;
        hashes[size] = hash;
        offsets[size + 1] = arenaSize;
        return size++;
    }

    private boolean keyEquals(int id, byte[] bytes, int offset, int length) {
        int start = offsets[id];
        if (offsets[id + 1] - start != length) {
            return false;
        }
        // A plain loop: ids are short, and Arrays.equals' vectorised setup costs more than it saves here.
        for (int i = 0; i < length; i++) {
            if (arena[start + i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        table = new long[capacity];
        mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (long) hashes[id] << 32 | (id + 1);
        }
    }

    private void checkId(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("No dictionary entry " + id + " (size " + size + ")");
        }
    }
}
