package com.splitbench.sample;

import java.util.List;

/**
 * What was written for one experiment: the numbers an importer and an analysis should reproduce.
 *
 * @param key                       experiment key
 * @param plantedEffect             what is true by construction
 * @param assignmentRows            rows in assignments.csv, duplicates included
 * @param duplicateAssignmentRows   exact duplicate rows among them
 * @param lostAssignmentRows        rows planted as lost (never written)
 * @param assignedUsers             distinct users with at least one row
 * @param multiVariantUsers         users with rows for two variants (excluded from analysis)
 * @param eventsBeforeExposure      event rows of assigned users strictly before their exposure
 * @param eventsAtOrAfterExposure   event rows of assigned users at or after their exposure
 * @param eventsFromUnassignedUsers event rows of users with no row for this experiment
 * @param variants                  per-variant counts, control first
 */
public record ExperimentCounts(
        String key,
        String plantedEffect,
        long assignmentRows,
        long duplicateAssignmentRows,
        long lostAssignmentRows,
        long assignedUsers,
        long multiVariantUsers,
        long eventsBeforeExposure,
        long eventsAtOrAfterExposure,
        long eventsFromUnassignedUsers,
        List<VariantCounts> variants) {

    public ExperimentCounts {
        variants = List.copyOf(variants);
    }
}
