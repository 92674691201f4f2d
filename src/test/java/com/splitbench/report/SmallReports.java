package com.splitbench.report;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.ValueFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reports built from hand-made statistics, for tests of the file format and the exports that need no workspace.
 * The names are parameters, so that hostile names (markup, formulas, paths) can be put anywhere.
 */
final class SmallReports {

    static final ReportService SERVICE = new ReportService("9.9.9",
            Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC));

    private SmallReports() {
    }

    static Moments binary(long n, long conversions) {
        return new Moments(n, conversions, conversions, 0, 0, 0, 0, 0, 0);
    }

    static Moments values(long n, double sum, double sumOfSquares) {
        return new Moments(n, sum, sumOfSquares, 0, 0, 0, 0, 0, 0);
    }

    /** Two variants, a binary and a mean metric, one dimension with two values, three days. */
    static AnalysisResult result(String experiment, String control, String treatment, String binaryMetric,
            String meanMetric, String segmentValue) {
        List<String> variants = List.of(control, treatment).stream().sorted().toList();
        boolean controlFirst = variants.get(0).equals(control);
        List<Moments> conversions = ordered(controlFirst, binary(1000, 100), binary(1000, 130));
        List<Moments> revenue = ordered(controlFirst, values(1000, 5200, 61000), values(1000, 5900, 70500));
        List<SeriesPoint> days = List.of(
                new SeriesPoint("2026-03-01", ordered(controlFirst, binary(300, 28), binary(310, 40))),
                new SeriesPoint("2026-03-02", ordered(controlFirst, binary(650, 63), binary(660, 85))),
                new SeriesPoint("2026-03-03", conversions));
        Map<String, Map<String, List<Moments>>> binarySegments = Map.of("device", Map.of(
                segmentValue, ordered(controlFirst, binary(600, 61), binary(590, 80)),
                "web", ordered(controlFirst, binary(400, 39), binary(410, 50))));
        Map<String, Map<String, List<Moments>>> meanSegments = Map.of("device", Map.of(
                segmentValue, ordered(controlFirst, values(600, 3100, 36000), values(590, 3500, 42000)),
                "web", ordered(controlFirst, values(400, 2100, 25000), values(410, 2400, 28500))));
        MetricStatistics conversion = new MetricStatistics(
                MetricDefinition.of(binaryMetric, new MetricKind.Binary("purchase", ValueFilter.NONE)),
                StatisticType.BINARY, conversions, false, binarySegments, days, List.of(
                        new SeriesPoint("1", ordered(controlFirst, binary(1000, 70), binary(1000, 95))),
                        new SeriesPoint("2", conversions)), OptionalDouble.empty(),
                new Distribution(List.of(0.0, 1.0, 2.0), List.of(List.of(900L, 100L), List.of(870L, 130L)),
                        List.of(0L, 0L)));
        MetricStatistics mean = new MetricStatistics(
                MetricDefinition.of(meanMetric, new MetricKind.Mean("purchase", ValueFilter.NONE)),
                StatisticType.MEAN, revenue, false, meanSegments, List.of(), List.of(), OptionalDouble.of(250),
                Distribution.EMPTY);
        ExperimentStatistics stats = new ExperimentStatistics(experiment, variants, List.of(1000L, 1000L),
                new ExposureSeries(List.of("2026-03-01", "2026-03-02", "2026-03-03"),
                        List.of(List.of(300L, 310L), List.of(350L, 350L), List.of(350L, 340L))),
                new HealthCounts(2010, 4, 0, 17, 250, 9),
                Map.of("device", Map.of(segmentValue, List.of(600L, 590L), "web", List.of(400L, 410L))),
                List.of(conversion, mean));
        AnalysisSpec spec = new AnalysisSpec(ExperimentDefinition.of(experiment).withControl(control),
                List.of(conversion.definition(), mean.definition()), AnalysisSettings.DEFAULTS);
        return ResultCalculator.calculate(stats, spec);
    }

    static AnalysisResult plain() {
        return result("checkout", "control", "treatment", "purchase_rate", "revenue", "ios");
    }

    static WorkspaceSource source() {
        return new WorkspaceSource(List.of(new ImportedFile("assignments.csv", 51234, "a".repeat(64), "assignments",
                Optional.empty(), 2014, 2010, 0, 4), new ImportedFile("events.csv.gz", 90876, "b".repeat(64), "events",
                Optional.empty(), 8000, 7990, 2, 8)));
    }

    static Report report(AnalysisResult result, String notes) {
        return SERVICE.create(result, new Conclusion(Decision.SHIP, notes), source());
    }

    private static List<Moments> ordered(boolean controlFirst, Moments control, Moments treatment) {
        return controlFirst ? List.of(control, treatment) : List.of(treatment, control);
    }
}
