package com.splitbench.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes realistic experiment exports with planted effects and planted messiness, deterministically: the same
 * seed and size give the same bytes (the uncompressed bytes for gzip files), with no wall clock involved.
 *
 * <p>It streams user by user, holding one user's rows at a time, so memory stays flat at any size. The committed
 * {@code sample-data/} is {@code new SampleExportGenerator(SAMPLE_DATA_SEED).write(dir, SampleSize.SAMPLE_DATA)};
 * benchmark exports use {@link SampleSize#BENCHMARK} with {@link SampleFiles#PLAIN}.
 *
 * <p>Files written: {@code assignments.csv} (UTF-8 BOM), {@code events.csv}, {@code users_checkout_redesign.csv}
 * (CRLF), optionally {@code assignments.jsonl}, and {@code manifest.json}; all but the per-user table and the
 * manifest get a {@code .gz} suffix when {@link SampleFiles#gzip()} is set.
 */
public final class SampleExportGenerator {

    /** The seed of the committed {@code sample-data/}. */
    public static final long SAMPLE_DATA_SEED = 20_250_303L;
    public static final String MANIFEST = ManifestWriter.NAME;

    private final long seed;

    public SampleExportGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes every file of the {@code sample-data/} layout (gzip, with a JSON Lines copy of the assignments). */
    public SampleExport write(Path directory, SampleSize size) throws IOException {
        return write(directory, size, SampleFiles.SAMPLE_DATA);
    }

    /**
     * Writes the export into {@code directory}, creating it if needed and replacing files of the same names.
     *
     * @throws IOException if a file cannot be written
     */
    public SampleExport write(Path directory, SampleSize size, SampleFiles layout) throws IOException {
        Files.createDirectories(directory);
        ExportLabels labels = new ExportLabels(SampleScenario.EXPERIMENTS);
        UserSimulator simulator = new UserSimulator(seed, SessionScale.forTarget(size));
        SimulatedUser user = new SimulatedUser();
        List<ExperimentTally> tallies = new ArrayList<>();
        for (int k = 0; k < SampleScenario.EXPERIMENTS.size(); k++) {
            tallies.add(new ExperimentTally(k));
        }
        MessTally mess = new MessTally();
        List<WrittenFile> files = new ArrayList<>();
        Map<String, Map<String, Long>> formats = new LinkedHashMap<>();
        try (AssignmentWriter assignments = new AssignmentWriter(directory, labels, layout);
             EventWriter events = new EventWriter(directory, layout.eventsName(), labels);
             UserTableWriter userTable = new UserTableWriter(directory, SampleScenario.USER_TABLE_EXPERIMENT, labels)) {
            for (int index = 0; index < size.users(); index++) {
                simulator.simulate(index, user);
                assignments.write(user);
                events.write(user);
                userTable.write(user);
                for (ExperimentTally tally : tallies) {
                    tally.observe(user);
                }
                mess.observe(user);
            }
            WrittenFile[] assignmentFiles = assignments.finish(directory);
            files.addAll(List.of(assignmentFiles));
            files.add(events.finish(directory));
            files.add(userTable.finish(directory));
            formats.put(layout.assignmentsCsvName(), byLabel(assignments.formatCounts()));
            formats.put(layout.eventsName(), byLabel(events.formatCounts()));
        }
        long assignmentRows = files.get(0).rows();
        long eventRows = files.stream().filter(f -> f.name().equals(layout.eventsName()))
                .mapToLong(WrittenFile::rows).sum();
        SampleExport export = new SampleExport(directory, seed, size, files, size.users(), assignmentRows, eventRows,
                mess.counts(), tallies.stream().map(ExperimentTally::counts).toList(), formats);
        new ManifestWriter().write(export, layout);
        return export;
    }

    private static Map<String, Long> byLabel(long[] counts) {
        Map<String, Long> byLabel = new LinkedHashMap<>();
        for (TimestampFormat format : TimestampFormat.values()) {
            byLabel.put(format.label(), counts[format.ordinal()]);
        }
        return byLabel;
    }
}
