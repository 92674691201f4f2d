package com.splitbench.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts what the export files say, from the files alone: the test's own reading with a strict CSV parser and
 * java.time, sharing no code with the generator. Tests compare these counts with the manifest.
 */
final class IndependentCounts {

    /** What one experiment's assignment rows say about one user. */
    static final class Assignment {
        long exposureMillis = Long.MAX_VALUE;
        String firstVariant;
        final Set<String> variants = new HashSet<>();
        String platform;
        boolean converted;
    }

    /** Experiment key to user id to assignment facts. */
    final Map<String, Map<String, Assignment>> assignments = new TreeMap<>();
    final Map<String, Integer> assignmentRowsByExperiment = new HashMap<>();
    final Map<String, Integer> duplicateAssignmentRowsByExperiment = new HashMap<>();
    final Map<String, Long> assignmentFormats = new TreeMap<>();
    final Map<String, Long> eventFormats = new TreeMap<>();
    final Map<String, Long> eventsBefore = new HashMap<>();
    final Map<String, Long> eventsAtOrAfter = new HashMap<>();
    final Map<String, Long> eventsFromUnassigned = new HashMap<>();
    /** Experiment, then variant: summed purchase cents of analysed users after exposure, distinct rows only. */
    final Map<String, Map<String, Long>> revenueCents = new HashMap<>();
    final Map<String, Map<String, Long>> revenueCentsWithDuplicates = new HashMap<>();
    long duplicateEventRows;
    long eventRows;
    long eventsFromNeverAssignedUsers;
    final Set<String> neverAssignedUsers = new HashSet<>();

    static IndependentCounts read(Path assignmentsFile, Path eventsFile) throws IOException {
        IndependentCounts counts = new IndependentCounts();
        counts.readAssignments(ExportFiles.lines(assignmentsFile));
        counts.readEvents(ExportFiles.lines(eventsFile));
        return counts;
    }

    Map<String, Assignment> experiment(String key) {
        return assignments.getOrDefault(key, Map.of());
    }

    private void readAssignments(List<String> lines) {
        if (!lines.get(0).equals("user_id,experiment_id,variant,assigned_at,context")) {
            throw new IllegalStateException("unexpected header " + lines.get(0));
        }
        Set<String> seen = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = ExportFiles.parseCsvRecord(line);
            String experiment = fields.get(1);
            assignmentRowsByExperiment.merge(experiment, 1, Integer::sum);
            if (!seen.add(line)) {
                duplicateAssignmentRowsByExperiment.merge(experiment, 1, Integer::sum);
            }
            assignmentFormats.merge(TimestampText.formatLabel(fields.get(3)), 1L, Long::sum);
            Assignment assignment = assignments.computeIfAbsent(experiment, k -> new HashMap<>())
                    .computeIfAbsent(fields.get(0), k -> new Assignment());
            long millis = TimestampText.epochMillis(fields.get(3));
            if (millis < assignment.exposureMillis) {
                assignment.exposureMillis = millis;
                assignment.firstVariant = fields.get(2);
            }
            assignment.variants.add(fields.get(2));
            assignment.platform = fields.get(4).replaceAll(".*\"platform\":\"([a-z]+)\".*", "$1");
        }
    }

    private void readEvents(List<String> lines) {
        if (!lines.get(0).equals("user_id,experiment_id,event_type,value,timestamp")) {
            throw new IllegalStateException("unexpected header " + lines.get(0));
        }
        Set<String> assignedAnywhere = new HashSet<>();
        assignments.values().forEach(users -> assignedAnywhere.addAll(users.keySet()));
        Set<String> seen = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            eventRows++;
            boolean duplicate = !seen.add(line);
            duplicateEventRows += duplicate ? 1 : 0;
            List<String> fields = ExportFiles.parseCsvRecord(line);
            String user = fields.get(0);
            eventFormats.merge(TimestampText.formatLabel(fields.get(4)), 1L, Long::sum);
            long millis = TimestampText.epochMillis(fields.get(4));
            if (!assignedAnywhere.contains(user)) {
                eventsFromNeverAssignedUsers++;
                neverAssignedUsers.add(user);
            }
            for (Map.Entry<String, Map<String, Assignment>> experiment : assignments.entrySet()) {
                String key = experiment.getKey();
                Assignment assignment = experiment.getValue().get(user);
                if (assignment == null) {
                    eventsFromUnassigned.merge(key, 1L, Long::sum);
                } else if (millis < assignment.exposureMillis) {
                    eventsBefore.merge(key, 1L, Long::sum);
                } else {
                    eventsAtOrAfter.merge(key, 1L, Long::sum);
                    if (fields.get(2).equals("purchase") && assignment.variants.size() == 1) {
                        assignment.converted = true;
                        long cents = Math.round(Double.parseDouble(fields.get(3)) * 100);
                        revenueCentsWithDuplicates.computeIfAbsent(key, k -> new HashMap<>())
                                .merge(assignment.firstVariant, cents, Long::sum);
                        if (!duplicate) {
                            revenueCents.computeIfAbsent(key, k -> new HashMap<>())
                                    .merge(assignment.firstVariant, cents, Long::sum);
                        }
                    }
                }
            }
        }
    }
}
