package com.splitbench.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts, user by user, what was written for one experiment. */
final class ExperimentTally {

    private final int experiment;
    private final ExperimentDesign design;
    private long assignmentRows;
    private long duplicateAssignmentRows;
    private long lostAssignmentRows;
    private long assignedUsers;
    private long multiVariantUsers;
    private long eventsBefore;
    private long eventsAfter;
    private long eventsFromUnassigned;
    private final long[] usersByFirstAssignment;
    private final long[] analysedUsers;
    private final List<EnumMap<Platform, Long>> analysedByPlatform = new ArrayList<>();
    private final long[] converters;
    private final long[] purchases;
    private final long[] revenueCents;
    private final long[] revenueCentsWithDuplicates;

    ExperimentTally(int experiment) {
        this.experiment = experiment;
        this.design = SampleScenario.EXPERIMENTS.get(experiment);
        int variants = design.variants().size();
        usersByFirstAssignment = new long[variants];
        analysedUsers = new long[variants];
        converters = new long[variants];
        purchases = new long[variants];
        revenueCents = new long[variants];
        revenueCentsWithDuplicates = new long[variants];
        for (int v = 0; v < variants; v++) {
            EnumMap<Platform, Long> byPlatform = new EnumMap<>(Platform.class);
            for (Platform platform : Platform.values()) {
                byPlatform.put(platform, 0L);
            }
            analysedByPlatform.add(byPlatform);
        }
    }

    void observe(SimulatedUser user) {
        for (AssignmentRow row : user.assignmentRows) {
            if (row.experiment() == experiment) {
                assignmentRows++;
                duplicateAssignmentRows += row.duplicate() ? 1 : 0;
            }
        }
        lostAssignmentRows += user.lostRows[experiment];
        UserEvents events = user.events;
        int variant = user.firstVariant(experiment);
        if (variant == SimulatedUser.NOT_ASSIGNED) {
            eventsFromUnassigned += events.rowCount();
            return;
        }
        assignedUsers++;
        usersByFirstAssignment[variant]++;
        boolean analysed = !user.inSeveralVariants(experiment);
        if (analysed) {
            analysedUsers[variant]++;
            analysedByPlatform.get(variant).merge(user.profile().platform(), 1L, Long::sum);
        } else {
            multiVariantUsers++;
        }
        long exposure = user.exposureMillis(experiment);
        boolean converted = false;
        for (int row = 0; row < events.rowCount(); row++) {
            int event = events.rowEvent(row);
            if (Math.floorDiv(events.micros(event), 1000) < exposure) {
                eventsBefore++;
                continue;
            }
            eventsAfter++;
            if (analysed && events.type(event) == EventType.PURCHASE) {
                converted = true;
                revenueCentsWithDuplicates[variant] += events.cents(event);
                if (!events.rowDuplicate(row)) {
                    purchases[variant]++;
                    revenueCents[variant] += events.cents(event);
                }
            }
        }
        converters[variant] += converted ? 1 : 0;
    }

    ExperimentCounts counts() {
        List<VariantCounts> variants = new ArrayList<>();
        for (int v = 0; v < design.variants().size(); v++) {
            Map<String, Long> byPlatform = new LinkedHashMap<>();
            analysedByPlatform.get(v).forEach((platform, users) -> byPlatform.put(platform.label(), users));
            VariantDesign variant = design.variants().get(v);
            variants.add(new VariantCounts(variant.name(), variant.designWeight(), usersByFirstAssignment[v],
                    analysedUsers[v], byPlatform, converters[v], purchases[v], revenueCents[v],
                    revenueCentsWithDuplicates[v]));
        }
        return new ExperimentCounts(design.key(), design.plantedEffect(), assignmentRows, duplicateAssignmentRows,
                lostAssignmentRows, assignedUsers, multiVariantUsers, eventsBefore, eventsAfter,
                eventsFromUnassigned, variants);
    }
}
