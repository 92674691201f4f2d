package com.splitbench.analysis.model;

/**
 * What was excluded or looked wrong in an experiment's data. Shown as health checks and kept in reports.
 *
 * @param assignedUsers distinct users with at least one assignment to the experiment
 * @param multipleVariantUsers users assigned to more than one variant (excluded from analysis)
 * @param outsideDateRangeUsers users first exposed outside the analysis date range (excluded)
 * @param eventsBeforeExposure metric events of analysed users that happened before their first exposure (never
 *     counted as outcomes)
 * @param unassignedUserEvents metric events from users never assigned to the experiment (ignored)
 * @param eventsOfExcludedUsers metric events of excluded users (ignored)
 */
public record HealthCounts(long assignedUsers, long multipleVariantUsers, long outsideDateRangeUsers,
        long eventsBeforeExposure, long unassignedUserEvents, long eventsOfExcludedUsers) {

    public static final HealthCounts NONE = new HealthCounts(0, 0, 0, 0, 0, 0);
}
