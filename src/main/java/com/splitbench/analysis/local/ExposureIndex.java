package com.splitbench.analysis.local;

import com.splitbench.analysis.local.EventData.AssignmentBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is analysed in one experiment, in which variant, and since when. A user's exposure is their first
 * assignment to the experiment; duplicate assignment rows are harmless. A user assigned to more than one variant is
 * excluded and counted, as is a user first exposed outside the analysis date range.
 *
 * <p>Analysed users get dense indexes {@code 0..userCount()-1} so that per-user arrays stay compact.
 */
final class ExposureIndex {

    private static final int NONE = -1;
    private static final int MULTIPLE = -2;
    /** In {@code userOfUnit}: assigned, but excluded from analysis. */
    private static final int EXCLUDED = -2;

    private final int[] userOfUnit;
    private final int userCount;
    private final int[] variantOfUser;
    private final int[] unitOfUser;
    private final long[] exposureOfUser;
    private final List<String> variants;
    private final List<String> dimensionNames;
    private final int[][] dimensionOfUser;
    private final long assignedUsers;
    private final long multipleVariantUsers;
    private final long outsideRangeUsers;
    private final long lastExposure;

    private ExposureIndex(Builder b, Optional<Instant> from, Optional<Instant> to) {
        long fromMillis = from.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        long toMillis = to.map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
        this.userOfUnit = new int[b.variantOfUnit.length];
        Arrays.fill(userOfUnit, NONE);
        String[] variantNames = b.variantSymbols.keySet().stream().map(b.data::symbol).sorted().toArray(String[]::new);
        this.variants = List.of(variantNames);
        Map<Integer, Integer> variantIndex = new HashMap<>();
        b.variantSymbols.keySet().forEach(s -> variantIndex.put(s, variants.indexOf(b.data.symbol(s))));

        int users = 0;
        long assigned = 0;
        long multiple = 0;
        long outside = 0;
        for (int unit = 0; unit < b.variantOfUnit.length; unit++) {
            int variant = b.variantOfUnit[unit];
            if (variant == NONE) {
                continue;
            }
            assigned++;
            if (variant == MULTIPLE) {
                multiple++;
                userOfUnit[unit] = EXCLUDED;
            } else if (b.exposureOfUnit[unit] < fromMillis || b.exposureOfUnit[unit] >= toMillis) {
                outside++;
                userOfUnit[unit] = EXCLUDED;
            } else {
                userOfUnit[unit] = users++;
            }
        }
        this.userCount = users;
        this.variantOfUser = new int[users];
        this.unitOfUser = new int[users];
        this.exposureOfUser = new long[users];
        this.dimensionNames = List.copyOf(b.dimensionSlots.keySet());
        this.dimensionOfUser = new int[dimensionNames.size()][users];
        long last = Long.MIN_VALUE;
        for (int unit = 0; unit < b.variantOfUnit.length; unit++) {
            int user = userOfUnit[unit];
            if (user < 0) {
                continue;
            }
            variantOfUser[user] = variantIndex.get(b.variantOfUnit[unit]);
            unitOfUser[user] = unit;
            exposureOfUser[user] = b.exposureOfUnit[unit];
            last = Math.max(last, b.exposureOfUnit[unit]);
            for (int k = 0; k < dimensionNames.size(); k++) {
                int[] values = b.dimensionValues.get(k);
                dimensionOfUser[k][user] = values == null ? NONE : values[unit];
            }
        }
        this.lastExposure = last;
        this.assignedUsers = assigned;
        this.multipleVariantUsers = multiple;
        this.outsideRangeUsers = outside;
    }

    /** Reads the experiment's assignments and builds the index. */
    static ExposureIndex build(EventData data, int experimentSymbol, Optional<Instant> from, Optional<Instant> to) {
        Builder builder = new Builder(data);
        data.assignments(experimentSymbol, builder::add);
        return new ExposureIndex(builder, from, to);
    }

    /** Builds the index from the rows of an experiment's per-user tables. */
    static ExposureIndex fromUserTable(EventData data, UserTableColumns table, Optional<Instant> from,
            Optional<Instant> to) {
        Builder builder = new Builder(data);
        table.assignments().forEach(builder::add);
        return new ExposureIndex(builder, from, to);
    }

    /**
     * The dense user index of a unit; negative when the unit is not analysed in this experiment: -1 when it was
     * never assigned to it, -2 when it was assigned but excluded.
     */
    int user(int unit) {
        return unit < userOfUnit.length ? userOfUnit[unit] : NONE;
    }

    /** Whether a unit was assigned to the experiment at all (analysed or excluded). */
    boolean isAssigned(int unit) {
        return unit < userOfUnit.length && userOfUnit[unit] != NONE;
    }

    int userCount() {
        return userCount;
    }

    int unit(int user) {
        return unitOfUser[user];
    }

    int variant(int user) {
        return variantOfUser[user];
    }

    long exposure(int user) {
        return exposureOfUser[user];
    }

    List<String> variants() {
        return variants;
    }

    List<String> dimensionNames() {
        return dimensionNames;
    }

    /** The symbol id of the user's value for dimension k at first exposure, or -1. */
    int dimension(int k, int user) {
        return dimensionOfUser[k][user];
    }

    long assignedUsers() {
        return assignedUsers;
    }

    long multipleVariantUsers() {
        return multipleVariantUsers;
    }

    long outsideRangeUsers() {
        return outsideRangeUsers;
    }

    /** The latest first exposure of an analysed user, or Long.MIN_VALUE when there is none. */
    long lastExposure() {
        return lastExposure;
    }

    long[] usersPerVariant() {
        long[] counts = new long[variants.size()];
        for (int user = 0; user < userCount; user++) {
            counts[variantOfUser[user]]++;
        }
        return counts;
    }

    /** Accumulates assignment rows per unit: first exposure, its variant(s) and its dimensions. */
    private static final class Builder {
        private final EventData data;
        private final int[] variantOfUnit;
        private final long[] exposureOfUnit;
        private final Map<Integer, Boolean> variantSymbols = new LinkedHashMap<>();
        private final Map<String, Integer> dimensionSlots = new LinkedHashMap<>();
        private final List<int[]> dimensionValues = new ArrayList<>();

        Builder(EventData data) {
            this.data = data;
            this.variantOfUnit = new int[data.unitCount()];
            this.exposureOfUnit = new long[data.unitCount()];
            Arrays.fill(variantOfUnit, NONE);
            Arrays.fill(exposureOfUnit, Long.MAX_VALUE);
        }

        void add(AssignmentBatch batch) {
            int[] slots = new int[batch.dimensionNames().size()];
            for (int k = 0; k < slots.length; k++) {
                slots[k] = dimensionSlots.computeIfAbsent(batch.dimensionNames().get(k), name -> {
                    int[] values = new int[variantOfUnit.length];
                    Arrays.fill(values, NONE);
                    dimensionValues.add(values);
                    return dimensionValues.size() - 1;
                });
            }
            for (int i = 0; i < batch.size(); i++) {
                int unit = batch.unit()[i];
                int variant = batch.variant()[i];
                long time = batch.timeMillis()[i];
                variantSymbols.putIfAbsent(variant, Boolean.TRUE);
                int known = variantOfUnit[unit];
                if (known == NONE) {
                    variantOfUnit[unit] = variant;
                } else if (known != variant) {
                    variantOfUnit[unit] = MULTIPLE;
                }
                if (time < exposureOfUnit[unit]) {
                    exposureOfUnit[unit] = time;
                    for (int k = 0; k < slots.length; k++) {
                        dimensionValues.get(slots[k])[unit] = batch.dimensions()[k][i];
                    }
                }
            }
        }
    }
}
