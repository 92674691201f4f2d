package com.splitbench.sample;

/** Counts the planted messiness across users, as written. */
final class MessTally {

    private long duplicateAssignmentRows;
    private long duplicateEventRows;
    private long multiVariantUsers;
    private long lostAssignmentRows;
    private long eventsJustBeforeExposure;
    private long neverAssignedUsers;
    private long eventsFromNeverAssignedUsers;
    private long whalePurchases;

    void observe(SimulatedUser user) {
        for (AssignmentRow row : user.assignmentRows) {
            duplicateAssignmentRows += row.duplicate() ? 1 : 0;
        }
        for (int k = 0; k < SampleScenario.EXPERIMENTS.size(); k++) {
            multiVariantUsers += user.inSeveralVariants(k) ? 1 : 0;
            lostAssignmentRows += user.lostRows[k];
        }
        UserEvents events = user.events;
        for (int row = 0; row < events.rowCount(); row++) {
            duplicateEventRows += events.rowDuplicate(row) ? 1 : 0;
        }
        eventsJustBeforeExposure += user.eventsJustBeforeExposure;
        whalePurchases += user.whalePurchases;
        if (!user.hasAssignmentRows()) {
            neverAssignedUsers++;
            eventsFromNeverAssignedUsers += events.rowCount();
        }
    }

    MessCounts counts() {
        return new MessCounts(duplicateAssignmentRows, duplicateEventRows, multiVariantUsers, lostAssignmentRows,
                eventsJustBeforeExposure, neverAssignedUsers, eventsFromNeverAssignedUsers, whalePurchases);
    }
}
