package com.splitbench.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was written for one variant of an experiment, counted by the generator as it wrote. "Analysed" users are
 * those an analysis keeps: assigned to this variant only. Outcomes count events at or after the user's exposure
 * (the first assignment row, to the millisecond).
 *
 * @param name                   variant name
 * @param designWeight           the design's share
 * @param usersByFirstAssignment users whose first assignment row names this variant (multi-variant users included)
 * @param analysedUsers          users assigned to this variant only
 * @param analysedUsersByPlatform analysed users by platform label (ios, android, web)
 * @param converters             analysed users with at least one purchase at or after exposure
 * @param purchases              distinct purchase events of analysed users at or after exposure
 * @param revenueCents           their summed value, in cents
 * @param revenueCentsWithDuplicates the same sum over written rows, exact duplicate rows included
 */
public record VariantCounts(
        String name,
        double designWeight,
        long usersByFirstAssignment,
        long analysedUsers,
        Map<String, Long> analysedUsersByPlatform,
        long converters,
        long purchases,
        long revenueCents,
        long revenueCentsWithDuplicates) {

    public VariantCounts {
        // Kept in insertion order (ios, android, web) so that the manifest is byte-for-byte stable.
        analysedUsersByPlatform = Collections.unmodifiableMap(new LinkedHashMap<>(analysedUsersByPlatform));
    }
}
