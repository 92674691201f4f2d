package com.splitbench.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Everything generated for one user, reused from user to user. */
final class SimulatedUser {

    static final int NOT_ASSIGNED = -1;

    private UserProfile profile;
    final List<AssignmentRow> assignmentRows = new ArrayList<>(8);
    final UserEvents events = new UserEvents();
    /** Per experiment: the variant the user actually experienced, even when its rows were lost; or NOT_ASSIGNED. */
    final int[] experiencedVariant = new int[SampleScenario.EXPERIMENTS.size()];
    /** Per experiment: assignment rows planted as lost (not written). */
    final int[] lostRows = new int[SampleScenario.EXPERIMENTS.size()];
    int eventsJustBeforeExposure;
    int whalePurchases;

    void clear() {
        profile = null;
        assignmentRows.clear();
        events.clear();
        Arrays.fill(experiencedVariant, NOT_ASSIGNED);
        Arrays.fill(lostRows, 0);
        eventsJustBeforeExposure = 0;
        whalePurchases = 0;
    }

    UserProfile profile() {
        return profile;
    }

    void setProfile(UserProfile profile) {
        this.profile = profile;
    }

    /** Whether any assignment row of this user is written. */
    boolean hasAssignmentRows() {
        return !assignmentRows.isEmpty();
    }

    /** The first written assignment time for the experiment, in epoch milliseconds, or Long.MAX_VALUE. */
    long exposureMillis(int experiment) {
        long first = Long.MAX_VALUE;
        for (AssignmentRow row : assignmentRows) {
            if (row.experiment() == experiment) {
                first = Math.min(first, Math.floorDiv(row.micros(), 1000));
            }
        }
        return first;
    }

    /** The variant of the first written assignment row for the experiment, or NOT_ASSIGNED. */
    int firstVariant(int experiment) {
        long first = Long.MAX_VALUE;
        int variant = NOT_ASSIGNED;
        for (AssignmentRow row : assignmentRows) {
            if (row.experiment() == experiment && row.micros() < first) {
                first = row.micros();
                variant = row.variant();
            }
        }
        return variant;
    }

    /** Whether the written rows put the user in more than one variant of the experiment. */
    boolean inSeveralVariants(int experiment) {
        int seen = NOT_ASSIGNED;
        for (AssignmentRow row : assignmentRows) {
            if (row.experiment() == experiment) {
                if (seen != NOT_ASSIGNED && seen != row.variant()) {
                    return true;
                }
                seen = row.variant();
            }
        }
        return false;
    }
}
