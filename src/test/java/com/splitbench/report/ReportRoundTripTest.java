package com.splitbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.LiftSeries;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.analysis.result.ResultsCsv;
import com.splitbench.analysis.result.ResultsJson;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save, open, and get the same numbers: the statistics come back equal (bit for bit), and every setting the window
 * offers (baseline, correction, CUPED, sequential, Bayesian, segment, confidence) gives the same table from the
 * re-opened report as from the original statistics, with the workspace deleted.
 */
class ReportRoundTripTest {

    @TempDir
    static Path temp;

    private static AnalysisResult original;
    private static Report saved;
    private static OpenedReport reopened;
    private static final ReportService SERVICE = new ReportService("test-1.0",
            Clock.fixed(Instant.parse("2026-03-15T09:30:00.123456Z"), ZoneOffset.UTC));

    @BeforeAll
    static void saveAndReopenWithoutTheWorkspace() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        Path workspace = ReportFixtures.workspace(temp.resolve("ws"), ReportFixtures.assignments(data),
                ReportFixtures.events(data, "events.csv", 0));
        original = ReportFixtures.analyze(workspace, ReportFixtures.spec());
        Path file = temp.resolve("checkout.splitreport");
        saved = SERVICE.save(original, new Conclusion(Decision.KEEP_RUNNING, "Wait for a full week.\nThen decide."),
                ReportFixtures.source(workspace), file);
        deleteTree(workspace);
        deleteTree(data);
        reopened = SERVICE.open(file);
    }

    @Test
    void statisticsComeBackEqualBitForBit() {
        ExperimentStatistics stats = reopened.statistics();
        assertThat(stats).isEqualTo(original.statistics());
        assertThat(stats.segments()).containsKey("device");
        MetricStatistics revenue = stats.metric("revenue");
        assertThat(revenue.hasCovariate()).isTrue();
        assertThat(revenue.cap()).isPresent();
        assertThat(revenue.calendar()).isNotEmpty();
        assertThat(revenue.sinceExposure()).isNotEmpty();
        assertThat(revenue.distribution().edges()).isNotEmpty();
        assertThat(stats.metric("revenue_per_view").overall().get(0).sumD()).isPositive();
    }

    @Test
    void keepsSpecConclusionFingerprintVersionAndTime() {
        assertThat(reopened.spec()).isEqualTo(original.spec());
        assertThat(reopened.conclusion()).isEqualTo(new Conclusion(Decision.KEEP_RUNNING,
                "Wait for a full week.\nThen decide."));
        assertThat(reopened.appVersion()).isEqualTo("test-1.0");
        assertThat(reopened.createdAt()).isEqualTo(Instant.parse("2026-03-15T09:30:00.123Z"));
        assertThat(reopened.formatVersion()).isEqualTo(1);
        assertThat(reopened.report()).isEqualTo(saved);
        WorkspaceSource source = (WorkspaceSource) reopened.fingerprint().source();
        assertThat(source.files()).extracting(ImportedFile::name).containsExactly("assignments.csv", "events.csv");
        assertThat(source.files()).allSatisfy(f -> assertThat(f.sha256()).matches("[0-9a-f]{64}"));
        assertThat(source.files().get(0).rowsImported()).isEqualTo(900);
        assertThat(reopened.fingerprint().exclusions()).isEqualTo(original.statistics().health());
    }

    @Test
    void savedResultsAreTheTableAsComputedWhenSaved() {
        assertThat(reopened.savedResults()).isEqualTo(SavedResults.of(original));
        assertThat(reopened.savedResults().rows()).hasSize(original.rows().size());
        assertThat(SavedResults.of(reopened.resultsAsSaved())).isEqualTo(reopened.savedResults());
    }

    @Test
    void everySettingGivesTheSameTableFromTheReopenedReport() {
        int compared = 0;
        for (String control : original.variants()) {
            for (AnalysisSettings settings : settings()) {
                AnalysisSpec spec = original.spec().withSettings(settings)
                        .withExperiment(original.spec().experiment().withControl(control));
                assertSameResults(ResultCalculator.calculate(original.statistics(), spec),
                        reopened.report().results(spec));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3 * (48 + 2));
    }

    @Test
    void cumulativeLiftSeriesAreTheSame() {
        for (MetricStatistics metric : original.statistics().metrics()) {
            MetricStatistics back = reopened.statistics().metric(metric.name());
            for (boolean calendar : new boolean[] {true, false}) {
                for (boolean sequential : new boolean[] {true, false}) {
                    AnalysisSettings settings = AnalysisSettings.DEFAULTS.withSequential(sequential);
                    List<LiftSeries.Point> expected = LiftSeries.compute(metric, 0, 1, settings, calendar);
                    assertThat(LiftSeries.compute(back, 0, 1, settings, calendar)).isEqualTo(expected).isNotEmpty();
                }
            }
        }
    }

    private static void assertSameResults(AnalysisResult expected, AnalysisResult actual) {
        assertThat(csv(actual)).isEqualTo(csv(expected));
        assertThat(ResultsJson.write(actual)).isEqualTo(ResultsJson.write(expected));
        assertThat(actual.rows()).isEqualTo(expected.rows());
    }

    /** 3 corrections × CUPED × sequential × segment × confidence, and two Bayesian views (slow for binary). */
    private static List<AnalysisSettings> settings() {
        List<AnalysisSettings> all = new ArrayList<>();
        for (Correction correction : Correction.values()) {
            for (boolean cuped : new boolean[] {true, false}) {
                for (boolean sequential : new boolean[] {true, false}) {
                    for (String segment : new String[] {null, "device"}) {
                        for (double confidence : new double[] {0.95, 0.9}) {
                            all.add(new AnalysisSettings(confidence, correction, cuped, sequential, 5_000, false,
                                    Optional.empty(), 0.001, Optional.ofNullable(segment)));
                        }
                    }
                }
            }
        }
        all.add(AnalysisSettings.DEFAULTS.withBayesian(true));
        all.add(new AnalysisSettings(0.95, Correction.HOLM, true, false, 5_000, true, Optional.of(0.1), 0.001,
                Optional.empty()));
        return all;
    }

    private static String csv(AnalysisResult result) {
        StringWriter out = new StringWriter();
        ResultsCsv.write(result, out);
        return out.toString();
    }

    static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
