package com.splitbench.analysis.local;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.MomentsTable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-segment moments for every dimension with few enough values to be a useful breakdown. Users without a value
 * for a dimension form the segment {@value #NO_VALUE}.
 */
final class SegmentMoments {

    static final String NO_VALUE = "(none)";
    /** Dimensions with more distinct values than this (ids, timestamps) are not offered as segments. */
    static final int MAX_SEGMENTS = 50;

    private final ExposureIndex index;
    private final EventData data;
    private final List<Integer> dimensions;

    SegmentMoments(ExposureIndex index, EventData data) {
        this.index = index;
        this.data = data;
        this.dimensions = segmentableDimensions(index);
    }

    /** Users per variant in each segment of each segmentable dimension. */
    Map<String, Map<String, List<Long>>> users() {
        Map<String, Map<String, List<Long>>> result = new LinkedHashMap<>();
        for (int k : dimensions) {
            Map<Integer, long[]> counts = new HashMap<>();
            for (int u = 0; u < index.userCount(); u++) {
                counts.computeIfAbsent(index.dimension(k, u), s -> new long[index.variants().size()])
                        [index.variant(u)]++;
            }
            Map<String, List<Long>> bySegment = new TreeMap<>();
            counts.forEach((symbol, perVariant) -> bySegment.put(name(symbol),
                    java.util.Arrays.stream(perVariant).boxed().toList()));
            result.put(index.dimensionNames().get(k), bySegment);
        }
        return result;
    }

    /** Per-variant moments in each segment, for per-user values y, d and x. */
    Map<String, Map<String, List<Moments>>> moments(UserValues values) {
        Map<String, Map<String, List<Moments>>> result = new LinkedHashMap<>();
        for (int k : dimensions) {
            Map<Integer, MomentsTable> tables = new HashMap<>();
            for (int u = 0; u < index.userCount(); u++) {
                MomentsTable table = tables.computeIfAbsent(index.dimension(k, u),
                        s -> new MomentsTable(index.variants().size()));
                if (values.includes(u)) {
                    table.addUser(index.variant(u), values.y(u), values.d(u), values.x(u));
                }
            }
            Map<String, List<Moments>> bySegment = new TreeMap<>();
            tables.forEach((symbol, table) -> bySegment.put(name(symbol), List.of(table.toArray())));
            result.put(index.dimensionNames().get(k), bySegment);
        }
        return result;
    }

    private String name(int symbol) {
        return symbol < 0 ? NO_VALUE : data.symbol(symbol);
    }

    private static List<Integer> segmentableDimensions(ExposureIndex index) {
        List<Integer> result = new java.util.ArrayList<>();
        for (int k = 0; k < index.dimensionNames().size(); k++) {
            java.util.Set<Integer> distinct = new java.util.HashSet<>();
            for (int u = 0; u < index.userCount() && distinct.size() <= MAX_SEGMENTS; u++) {
                distinct.add(index.dimension(k, u));
            }
            if (distinct.size() <= MAX_SEGMENTS) {
                result.add(k);
            }
        }
        return result;
    }

    /** Per-user final values of one metric. */
    interface UserValues {
        double y(int user);

        double d(int user);

        double x(int user);

        /** Whether the user has a value for this metric. */
        default boolean includes(int user) {
            return true;
        }
    }
}
