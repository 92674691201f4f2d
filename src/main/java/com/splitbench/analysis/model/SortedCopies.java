package com.splitbench.analysis.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Immutable copies of nested maps with keys in sorted order, so that output built from them is reproducible. */
final class SortedCopies {

    private SortedCopies() {
    }

    static <V> Map<String, Map<String, List<V>>> of(Map<String, Map<String, List<V>>> source) {
        TreeMap<String, Map<String, List<V>>> copy = new TreeMap<>();
        source.forEach((outer, inner) -> {
            TreeMap<String, List<V>> innerCopy = new TreeMap<>();
            inner.forEach((key, list) -> innerCopy.put(key, List.copyOf(list)));
            copy.put(outer, Collections.unmodifiableMap(innerCopy));
        });
        return Collections.unmodifiableMap(copy);
    }
}
