package com.splitbench.sample;

/**
 * How much of each kind of real-export messiness the generator actually wrote. Importer and analysis tests compare
 * their exclusion counts with these numbers.
 *
 * @param duplicateAssignmentRows     exact copies of an assignment row (in every assignment file written)
 * @param duplicateEventRows          exact copies of an event row
 * @param multiVariantUsers           (user, experiment) pairs with rows for two different variants
 * @param lostAssignmentRows          assignment rows deliberately not written (the planted cause of the SRM)
 * @param eventsJustBeforeExposure    page views planted 1 to 10 seconds before a user's first assignment
 * @param neverAssignedUsers          users with events but no assignment row in any experiment
 * @param eventsFromNeverAssignedUsers event rows (duplicates included) of those users
 * @param whalePurchases              purchases whose value was multiplied into the heavy tail
 */
public record MessCounts(
        long duplicateAssignmentRows,
        long duplicateEventRows,
        long multiVariantUsers,
        long lostAssignmentRows,
        long eventsJustBeforeExposure,
        long neverAssignedUsers,
        long eventsFromNeverAssignedUsers,
        long whalePurchases) {
}
