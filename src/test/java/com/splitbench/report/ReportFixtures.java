package com.splitbench.report;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.Importer;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Capping;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.Direction;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.MetricRole;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small experiment written as export files and imported into a real workspace: 900 users in three variants on
 * three devices over ten days, with purchases (valued), page views and pre-exposure activity, so that every part of
 * a report (segments, daily series, CUPED covariates, capping, ratio metrics) has data.
 */
final class ReportFixtures {

    static final String EXPERIMENT = "checkout";
    static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

    private ReportFixtures() {
    }

    static Path assignments(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("user_id,experiment,variant,assigned_at,device\n");
        Random random = new Random(7);
        String[] variants = {"control", "treatment", "treatment_b"};
        String[] devices = {"ios", "android", "web"};
        for (int u = 0; u < 900; u++) {
            Instant exposure = START.plusSeconds(random.nextInt(10 * 86_400));
            csv.append("u").append(u).append(',').append(EXPERIMENT).append(',').append(variants[u % 3]).append(',')
                    .append(exposure).append(',').append(devices[random.nextInt(3)]).append('\n');
        }
        return write(dir, "assignments.csv", csv.toString());
    }

    /** Events; {@code shift} adds to every purchase value, to make a modified copy of the same file. */
    static Path events(Path dir, String name, double shift) throws IOException {
        StringBuilder csv = new StringBuilder("user_id,event_type,value,timestamp\n");
        Random random = new Random(11);
        Random exposures = new Random(7);
        for (int u = 0; u < 900; u++) {
            Instant exposure = START.plusSeconds(exposures.nextInt(10 * 86_400));
            exposures.nextInt(3);
            double rate = u % 3 == 0 ? 0.10 : u % 3 == 1 ? 0.16 : 0.12;
            if (random.nextDouble() < 0.3) {
                line(csv, u, "purchase", 20 + 40 * random.nextDouble() + shift, exposure.minus(Duration.ofDays(3)));
            }
            if (random.nextDouble() < rate * 2) {
                line(csv, u, "purchase", 10 + 80 * random.nextDouble() + shift,
                        exposure.plusSeconds(random.nextInt(5 * 86_400)));
            }
            int views = random.nextInt(6);
            for (int v = 0; v < views; v++) {
                line(csv, u, "view", Double.NaN, exposure.plusSeconds(random.nextInt(8 * 86_400)));
            }
        }
        return write(dir, name, csv.toString());
    }

    private static void line(StringBuilder csv, int user, String type, double value, Instant time) {
        csv.append('u').append(user).append(',').append(type).append(',')
                .append(Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.2f", value)).append(',')
                .append(time).append('\n');
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A new workspace at {@code dir} with these assignment and event files imported. */
    static Path workspace(Path dir, Path assignments, Path... events) {
        List<ImportSource> sources = new ArrayList<>();
        sources.add(new ImportSource(assignments, ImportShape.ASSIGNMENTS));
        for (Path file : events) {
            sources.add(new ImportSource(file, ImportShape.EVENTS));
        }
        try (Workspace workspace = Workspace.create(dir)) {
            new Importer(workspace).run(new ImportRequest(sources, ImportOptions.defaults()), ImportListener.NONE,
                    new Cancellation());
        }
        return dir;
    }

    /** Metrics of every kind, with CUPED, capping, a guardrail and a lower-is-better metric. */
    static AnalysisSpec spec() {
        List<MetricDefinition> metrics = List.of(
                MetricDefinition.of("purchase_rate", new MetricKind.Binary("purchase", ValueFilter.NONE))
                        .withCuped(new Cuped(true, Duration.ofDays(7))),
                MetricDefinition.of("revenue", new MetricKind.Mean("purchase", ValueFilter.NONE))
                        .withCapping(new Capping.Percentile(0.99)).withCuped(new Cuped(true, Duration.ofDays(7))),
                MetricDefinition.of("views", new MetricKind.Count("view", ValueFilter.NONE))
                        .withRole(MetricRole.GUARDRAIL).withDirection(Direction.LOWER_IS_BETTER),
                MetricDefinition.of("revenue_per_view", new MetricKind.Ratio(
                        new UserAggregate("purchase", UserAggregate.Aggregation.SUM, ValueFilter.NONE),
                        new UserAggregate("view", UserAggregate.Aggregation.COUNT, ValueFilter.NONE)))
                        .withRole(MetricRole.SECONDARY));
        return new AnalysisSpec(ExperimentDefinition.of(EXPERIMENT), metrics, AnalysisSettings.DEFAULTS);
    }

    static AnalysisResult analyze(Path workspaceDir, AnalysisSpec spec) {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            return new AnalysisService(new LocalStatisticsEngine(new WorkspaceEventData(workspace.eventStore())),
                    workspace::dataVersion).analyze(spec, AnalysisMonitor.NONE);
        }
    }

    static WorkspaceSource source(Path workspaceDir) {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            return ReportService.describeWorkspace(workspace, EXPERIMENT);
        }
    }
}
