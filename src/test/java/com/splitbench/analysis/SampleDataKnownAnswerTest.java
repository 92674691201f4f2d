package com.splitbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.Importer;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis of the committed sample data, end to end (import into a real workspace, then analyse), against
 * answers computed independently by {@code src/test/python/sample_known_answers.py}: Python's csv module and the
 * rules of docs/analysis.md written out directly, with p-values from SciPy 1.17. Tolerance: 1e-9 relative for
 * sums, 1e-8 relative for p-values.
 */
class SampleDataKnownAnswerTest {

    // python3 src/test/python/sample_known_answers.py (SciPy 1.17, NumPy 2.4.6)
    // users in two variants: 68; events from unassigned users: 39790; cap (R-7 q=0.99): 161.95999999999998
    private static final Map<String, double[]> MOMENTS = new HashMap<>();
    private static final Map<String, Double> P_VALUES = new HashMap<>();
    private static final Map<String, long[]> PLATFORM_USERS = new HashMap<>();

    static {
        MOMENTS.put("purchase_rate/control", new double[] {5265.0, 523.0, 523.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_rate/treatment_a", new double[] {5284.0, 519.0, 519.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_rate/treatment_b", new double[] {5402.0, 662.0, 662.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_value/control", new double[] {5265.0, 45259.17, 74078147.30810001, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_value/treatment_a", new double[] {5284.0, 43707.770000000004, 28090900.0045, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_value/treatment_b", new double[] {5402.0, 47310.7, 9901730.062800001, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_7d/control", new double[] {5265.0, 404.0, 404.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_7d/treatment_a", new double[] {5284.0, 407.0, 407.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchase_7d/treatment_b", new double[] {5402.0, 523.0, 523.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("revenue_capped_cuped/control", new double[] {5265.0, 32468.569999999996, 3261639.6340999994, 0.0, 0.0, 0.0, 4478.05, 421143.15709999995, 50260.4835});
        MOMENTS.put("revenue_capped_cuped/treatment_a", new double[] {5284.0, 32611.82, 3255148.2267999994, 0.0, 0.0, 0.0, 4561.179999999999, 466702.8622, 45279.73880000001});
        MOMENTS.put("revenue_capped_cuped/treatment_b", new double[] {5402.0, 41212.38, 4072853.9349999996, 0.0, 0.0, 0.0, 4645.49, 463383.83849999995, 56979.4403});
        MOMENTS.put("page_views/control", new double[] {5265.0, 26204.0, 190656.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("page_views/treatment_a", new double[] {5284.0, 26604.0, 197898.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("page_views/treatment_b", new double[] {5402.0, 26842.0, 192656.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchases_per_session/control", new double[] {5265.0, 691.0, 1081.0, 10487.0, 27997.0, 1672.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchases_per_session/treatment_a", new double[] {5284.0, 666.0, 1010.0, 10608.0, 28598.0, 1647.0, 0.0, 0.0, 0.0});
        MOMENTS.put("purchases_per_session/treatment_b", new double[] {5402.0, 847.0, 1255.0, 10634.0, 28020.0, 1985.0, 0.0, 0.0, 0.0});
        P_VALUES.put("purchase_rate/treatment_a", 0.847919451007505);
        P_VALUES.put("purchase_rate/treatment_b", 0.00013663911412522986);
        P_VALUES.put("purchase_value/treatment_a", 0.8651651669904104);
        P_VALUES.put("purchase_value/treatment_b", 0.9253946056590391);
        P_VALUES.put("page_views/treatment_a", 0.3869921639515283);
        P_VALUES.put("page_views/treatment_b", 0.900384416309776);
        PLATFORM_USERS.put("android", new long[] {1926, 1931, 1965});
        PLATFORM_USERS.put("ios", new long[] {1824, 1866, 1866});
        PLATFORM_USERS.put("web", new long[] {1515, 1487, 1571});
    }

    @TempDir
    static Path temp;
    private static Workspace workspace;
    private static AnalysisService service;

    @BeforeAll
    static void importSampleData() {
        workspace = Workspace.create(temp.resolve("ws"));
        new Importer(workspace).run(new ImportRequest(List.of(
                new ImportSource(Path.of("sample-data/assignments.csv.gz"), ImportShape.ASSIGNMENTS),
                new ImportSource(Path.of("sample-data/events.csv.gz"), ImportShape.EVENTS)),
                ImportOptions.defaults()), ImportListener.NONE, new Cancellation());
        service = new AnalysisService(new LocalStatisticsEngine(new WorkspaceEventData(workspace.eventStore())),
                workspace::dataVersion);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static AnalysisSpec spec() {
        List<MetricDefinition> metrics = List.of(
                MetricDefinition.of("purchase_rate", new MetricKind.Binary("purchase", null)),
                MetricDefinition.of("purchase_value", new MetricKind.Mean("purchase", null)),
                MetricDefinition.of("purchase_7d", new MetricKind.Binary("purchase", null))
                        .withWindow(new ConversionWindow(Duration.ZERO, Optional.of(Duration.ofDays(7)))),
                MetricDefinition.of("revenue_capped_cuped", new MetricKind.Mean("purchase", null))
                        .withCapping(new Capping.Percentile(0.99)).withCuped(Cuped.ON),
                MetricDefinition.of("page_views", new MetricKind.Count("page_view", null)),
                MetricDefinition.of("purchases_per_session", new MetricKind.Ratio(
                        new UserAggregate("purchase", UserAggregate.Aggregation.COUNT, null),
                        new UserAggregate("session", UserAggregate.Aggregation.COUNT, null))));
        return new AnalysisSpec(ExperimentDefinition.of("checkout_redesign"), metrics, AnalysisSettings.DEFAULTS);
    }

    @Test
    void everyMomentOfEveryMetricMatchesTheIndependentComputation() {
        ExperimentStatistics stats = service.statistics(spec(), AnalysisMonitor.NONE);
        assertThat(stats.variants()).containsExactly("control", "treatment_a", "treatment_b");
        assertThat(stats.health().multipleVariantUsers()).isEqualTo(68);
        for (MetricStatistics metric : stats.metrics()) {
            for (int v = 0; v < stats.variants().size(); v++) {
                double[] expected = MOMENTS.get(metric.name() + "/" + stats.variants().get(v));
                double[] actual = metric.overall().get(v).toArray();
                for (int i = 0; i < expected.length; i++) {
                    assertThat(actual[i]).as(metric.name() + " " + stats.variants().get(v) + " field " + i)
                            .isCloseTo(expected[i], within(1e-9 * Math.max(1, Math.abs(expected[i]))));
                }
            }
        }
    }

    @Test
    void pValuesMatchScipy() {
        AnalysisResult result = service.analyze(spec(), AnalysisMonitor.NONE);
        for (ResultRow row : result.rows()) {
            Double expected = P_VALUES.get(row.metric() + "/" + row.variant());
            if (expected != null) {
                assertThat(row.pValue().orElseThrow()).as(row.metric() + " " + row.variant())
                        .isCloseTo(expected, within(1e-8 * expected));
            }
        }
        assertThat(result.rows().stream().filter(r -> P_VALUES.containsKey(r.metric() + "/" + r.variant())))
                .hasSize(P_VALUES.size());
    }

    @Test
    void segmentsByPlatformCountTheSameUsers() {
        ExperimentStatistics stats = service.statistics(spec(), AnalysisMonitor.NONE);
        Map<String, List<Long>> platforms = stats.segments().get("platform");
        assertThat(platforms).containsOnlyKeys(PLATFORM_USERS.keySet());
        PLATFORM_USERS.forEach((platform, users) ->
                assertThat(platforms.get(platform)).containsExactly(users[0], users[1], users[2]));
    }

    @Test
    void theTreatmentWithThePlantedLiftWinsOnPurchaseRate() {
        AnalysisResult result = service.analyze(spec(), AnalysisMonitor.NONE);
        ResultRow b = result.rows().stream()
                .filter(r -> r.metric().equals("purchase_rate") && r.variant().equals("treatment_b"))
                .findFirst().orElseThrow();
        assertThat(b.verdict()).isEqualTo(com.splitbench.analysis.result.Verdict.BETTER);
    }
}
