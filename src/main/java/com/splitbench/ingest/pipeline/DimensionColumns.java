package com.splitbench.ingest.pipeline;

import com.splitbench.workspace.store.ByteDictionary;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dimension columns of one file (extra columns and context keys) and the symbol ids of their values. A
 * dimension is for segmenting results, so a column with more than {@value #MAX_DISTINCT} distinct values (an id
 * or a free-text field) stops growing the symbol dictionary: further new values become {@value #OTHER}, and the
 * file's summary says so.
 */
final class DimensionColumns {

    static final int MAX_DISTINCT = 10_000;
    static final String OTHER = "(other)";

    private final ByteDictionary symbols;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<BitSet> seen = new ArrayList<>();
    private final List<int[]> distinct = new ArrayList<>();
    private final List<String> capped = new ArrayList<>();
    private final List<SymbolCache> caches = new ArrayList<>();
    private List<String> snapshot = List.of();

    DimensionColumns(ByteDictionary symbols) {
        this.symbols = symbols;
    }

    int slot(String name) {
        Integer slot = slots.get(name);
        if (slot == null) {
            slot = names.size();
            slots.put(name, slot);
            names.add(name);
            seen.add(new BitSet());
            distinct.add(new int[1]);
            caches.add(new SymbolCache());
            snapshot = List.copyOf(names);
        }
        return slot;
    }

    int count() {
        return names.size();
    }

    /** The names, as an immutable list that changes identity only when a column is added. */
    List<String> names() {
        return snapshot;
    }

    /** The symbol id of a value of a dimension; -1 for an empty value. */
    int value(int slot, byte[] b, int start, int end) {
        if (start == end) {
            return -1;
        }
        SymbolCache cache = caches.get(slot);
        int cached = cache.get(b, start, end);
        if (cached >= 0) {
            return cached;
        }
        int id = lookUp(slot, b, start, end);
        cache.put(b, start, end, id);
        return id;
    }

    private int lookUp(int slot, byte[] b, int start, int end) {
        BitSet known = seen.get(slot);
        int id = symbols.find(b, start, end - start);
        if (id >= 0 && known.get(id)) {
            return id;
        }
        int[] count = distinct.get(slot);
        if (count[0] >= MAX_DISTINCT) {
            if (!capped.contains(names.get(slot))) {
                capped.add(names.get(slot));
            }
            return symbols.intern(OTHER);
        }
        if (id < 0) {
            id = symbols.intern(b, start, end - start);
        }
        known.set(id);
        count[0]++;
        return id;
    }

    List<String> cappedColumns() {
        return List.copyOf(capped);
    }
}
