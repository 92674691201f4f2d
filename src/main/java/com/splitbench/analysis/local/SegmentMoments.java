package com.splitbench.analysis.local;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.MomentsTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-segment moments for every dimension with few enough values to be a useful breakdown. Users without a value
 * for a dimension form the segment {@value #NO_VALUE}. Each user's segment is resolved once into a small dense
 * index, so that the per-metric pass is array arithmetic.
 */
final class SegmentMoments {

    static final String NO_VALUE = "(none)";
    /** Dimensions with more distinct values than this (ids, timestamps) are not offered as segments. */
    static final int MAX_SEGMENTS = 50;

    private final ExposureIndex index;
    private final List<Dimension> dimensions = new ArrayList<>();

    /** A segmentable dimension: its name, its segment names and each user's segment index. */
    private record Dimension(String name, List<String> segments, int[] segmentOfUser) {
    }

    SegmentMoments(ExposureIndex index, EventData data) {
        this.index = index;
        for (int k = 0; k < index.dimensionNames().size(); k++) {
            Map<Integer, Integer> local = new HashMap<>();
            List<String> names = new ArrayList<>();
            int[] segmentOfUser = new int[index.userCount()];
            boolean segmentable = true;
            for (int u = 0; u < index.userCount() && segmentable; u++) {
                int symbol = index.dimension(k, u);
                Integer segment = local.get(symbol);
                if (segment == null) {
                    if (local.size() == MAX_SEGMENTS) {
                        segmentable = false;
                        break;
                    }
                    segment = local.size();
                    local.put(symbol, segment);
                    names.add(symbol < 0 ? NO_VALUE : data.symbol(symbol));
                }
                segmentOfUser[u] = segment;
            }
            if (segmentable) {
                dimensions.add(new Dimension(index.dimensionNames().get(k), names, segmentOfUser));
            }
        }
    }

    /** Users per variant in each segment of each segmentable dimension. */
    Map<String, Map<String, List<Long>>> users() {
        Map<String, Map<String, List<Long>>> result = new LinkedHashMap<>();
        int variants = index.variants().size();
        for (Dimension dimension : dimensions) {
            long[][] counts = new long[dimension.segments().size()][variants];
            for (int u = 0; u < index.userCount(); u++) {
                counts[dimension.segmentOfUser()[u]][index.variant(u)]++;
            }
            Map<String, List<Long>> bySegment = new TreeMap<>();
            for (int s = 0; s < counts.length; s++) {
                bySegment.put(dimension.segments().get(s), Arrays.stream(counts[s]).boxed().toList());
            }
            result.put(dimension.name(), bySegment);
        }
        return result;
    }

    /** Per-variant moments in each segment, for per-user values y, d and x. */
    Map<String, Map<String, List<Moments>>> moments(UserValues values) {
        Map<String, Map<String, List<Moments>>> result = new LinkedHashMap<>();
        int variants = index.variants().size();
        for (Dimension dimension : dimensions) {
            MomentsTable[] tables = new MomentsTable[dimension.segments().size()];
            Arrays.setAll(tables, s -> new MomentsTable(variants));
            int[] segmentOfUser = dimension.segmentOfUser();
            for (int u = 0; u < index.userCount(); u++) {
                if (values.includes(u)) {
                    tables[segmentOfUser[u]].addUser(index.variant(u), values.y(u), values.d(u), values.x(u));
                }
            }
            Map<String, List<Moments>> bySegment = new TreeMap<>();
            for (int s = 0; s < tables.length; s++) {
                bySegment.put(dimension.segments().get(s), List.of(tables[s].toArray()));
            }
            result.put(dimension.name(), bySegment);
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
