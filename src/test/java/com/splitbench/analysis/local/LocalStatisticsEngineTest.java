package com.splitbench.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-checked cases for each rule of the local engine; expected values are worked out in the comments. */
class LocalStatisticsEngineTest {

    private static final String EXP = "exp";

    private static ExperimentStatistics run(InMemoryEventData data, MetricDefinition... metrics) {
        return run(data, ExperimentDefinition.of(EXP), metrics);
    }

    private static ExperimentStatistics run(InMemoryEventData data, ExperimentDefinition experiment,
            MetricDefinition... metrics) {
        return new LocalStatisticsEngine(data).compute(
                new StatisticsRequest(experiment, List.of(metrics), true, true), AnalysisMonitor.NONE);
    }

    private static MetricDefinition binary(String type) {
        return MetricDefinition.of(type + "_rate", new MetricKind.Binary(type, ValueFilter.NONE));
    }

    private static MetricDefinition mean(String type) {
        return MetricDefinition.of(type + "_value", new MetricKind.Mean(type, ValueFilter.NONE));
    }

    @Test
    void eventExactlyAtExposureCountsAndOneMillisecondBeforeDoesNot() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "control", "2026-03-01T10:00:00Z")
                .assign("u2", EXP, "control", "2026-03-01T10:00:00Z")
                .event("u1", null, "buy", 5, "2026-03-01T10:00:00Z")
                .event("u2", null, "buy", 7, "2026-03-01T09:59:59.999Z");
        ExperimentStatistics stats = run(data, binary("buy"), mean("buy"));
        Moments rate = stats.metric("buy_rate").overall().get(0);
        assertThat(rate.n()).isEqualTo(2);
        assertThat(rate.sumY()).isEqualTo(1);
        assertThat(stats.metric("buy_value").overall().get(0).sumY()).isEqualTo(5);
        assertThat(stats.health().eventsBeforeExposure()).isEqualTo(1);
    }

    @Test
    void exposureIsTheFirstAssignmentAndDuplicateRowsAreHarmless() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "treatment", "2026-03-02T00:00:00Z")
                .assign("u1", EXP, "treatment", "2026-03-01T00:00:00Z")
                .assign("u1", EXP, "treatment", "2026-03-01T00:00:00Z")
                .assign("u2", EXP, "control", "2026-03-01T00:00:00Z")
                // After the first exposure, before the re-assignment: counts.
                .event("u1", null, "buy", 1, "2026-03-01T12:00:00Z");
        ExperimentStatistics stats = run(data, binary("buy"));
        assertThat(stats.variants()).containsExactly("control", "treatment");
        assertThat(stats.users()).containsExactly(1L, 1L);
        assertThat(stats.metric("buy_rate").overall().get(1).sumY()).isEqualTo(1);
        assertThat(stats.health().multipleVariantUsers()).isZero();
    }

    @Test
    void usersInTwoVariantsAreExcludedAndCounted() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "control", "2026-03-01T00:00:00Z")
                .assign("u1", EXP, "treatment", "2026-03-01T01:00:00Z")
                .assign("u2", EXP, "control", "2026-03-01T00:00:00Z")
                .assign("u3", EXP, "treatment", "2026-03-01T00:00:00Z")
                .event("u1", null, "buy", 1, "2026-03-01T12:00:00Z")
                .event("u4", null, "buy", 1, "2026-03-01T12:00:00Z")
                .event("u4", EXP, "buy", 1, "2026-03-01T12:00:00Z")
                // Tied to another experiment: neither counted nor reported.
                .event("u2", "other", "buy", 1, "2026-03-01T12:00:00Z");
        ExperimentStatistics stats = run(data, binary("buy"));
        assertThat(stats.users()).containsExactly(1L, 1L);
        assertThat(stats.health().assignedUsers()).isEqualTo(3);
        assertThat(stats.health().multipleVariantUsers()).isEqualTo(1);
        assertThat(stats.health().eventsOfExcludedUsers()).isEqualTo(1);
        assertThat(stats.health().unassignedUserEvents()).isEqualTo(2);
        assertThat(stats.metric("buy_rate").overall().get(0).sumY()).isZero();
    }

    @Test
    void binaryCountMeanAndRatioMomentsMatchHandComputation() {
        // control: u1 buys 2x (10, 20) with 4 sessions, u2 nothing with 1 session.
        // treatment: u3 buys once (30) with 2 sessions.
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "control", "2026-03-01T00:00:00Z")
                .assign("u2", EXP, "control", "2026-03-01T00:00:00Z")
                .assign("u3", EXP, "treatment", "2026-03-01T00:00:00Z");
        data.event("u1", null, "buy", 10, "2026-03-01T01:00:00Z").event("u1", null, "buy", 20, "2026-03-02T01:00:00Z")
                .event("u3", null, "buy", 30, "2026-03-01T05:00:00Z");
        for (int i = 0; i < 4; i++) {
            data.event("u1", null, "session", Double.NaN, "2026-03-01T0" + i + ":30:00Z");
        }
        data.event("u2", null, "session", Double.NaN, "2026-03-01T00:30:00Z");
        data.event("u3", null, "session", Double.NaN, "2026-03-01T00:30:00Z");
        data.event("u3", null, "session", Double.NaN, "2026-03-01T00:40:00Z");
        MetricDefinition count = MetricDefinition.of("buys", new MetricKind.Count("buy", null));
        MetricDefinition ratio = MetricDefinition.of("buys_per_session", new MetricKind.Ratio(
                new UserAggregate("buy", UserAggregate.Aggregation.COUNT, null),
                new UserAggregate("session", UserAggregate.Aggregation.COUNT, null)));
        ExperimentStatistics stats = run(data, binary("buy"), count, mean("buy"), ratio);

        assertThat(stats.metric("buy_rate").type()).isEqualTo(StatisticType.BINARY);
        assertThat(stats.metric("buy_rate").overall().get(0)).isEqualTo(new Moments(2, 1, 1, 0, 0, 0, 0, 0, 0));
        assertThat(stats.metric("buys").overall().get(0)).isEqualTo(new Moments(2, 2, 4, 0, 0, 0, 0, 0, 0));
        assertThat(stats.metric("buy_value").overall().get(0)).isEqualTo(new Moments(2, 30, 900, 0, 0, 0, 0, 0, 0));
        assertThat(stats.metric("buy_value").overall().get(1)).isEqualTo(new Moments(1, 30, 900, 0, 0, 0, 0, 0, 0));
        // ratio control: y = (2, 0), d = (4, 1): Σy=2 Σy²=4 Σd=5 Σd²=17 Σyd=8
        assertThat(stats.metric("buys_per_session").overall().get(0)).isEqualTo(new Moments(2, 2, 4, 5, 17, 8, 0, 0,
                0));
        assertThat(stats.metric("buys_per_session").type()).isEqualTo(StatisticType.RATIO);
    }

    @Test
    void conversionWindowAndValueFilterLimitWhatCounts() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "control", "2026-03-01T00:00:00Z")
                .event("u1", null, "buy", 5, "2026-03-01T23:59:59.999Z")
                .event("u1", null, "buy", 7, "2026-03-02T00:00:00Z")
                .event("u1", null, "buy", -1, "2026-03-01T02:00:00Z");
        MetricDefinition firstDay = mean("buy").withWindow(new ConversionWindow(Duration.ZERO,
                Optional.of(Duration.ofDays(1))));
        MetricDefinition positive = MetricDefinition.of("positive", new MetricKind.Mean("buy",
                new ValueFilter(ValueFilter.Op.GT, 0)));
        ExperimentStatistics stats = run(data, firstDay, positive);
        assertThat(stats.metric("buy_value").overall().get(0).sumY()).isEqualTo(4);
        assertThat(stats.metric("positive").overall().get(0).sumY()).isEqualTo(12);
    }

    @Test
    void cupedCovariateIsTheSameMetricInTheLookbackBeforeExposure() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "control", "2026-03-15T00:00:00Z")
                .event("u1", null, "buy", 3, "2026-03-14T00:00:00Z")
                .event("u1", null, "buy", 4, "2026-03-01T00:00:00Z")
                .event("u1", null, "buy", 100, "2026-02-28T23:59:59Z")
                .event("u1", null, "buy", 9, "2026-03-16T00:00:00Z");
        ExperimentStatistics stats = run(data, mean("buy").withCuped(Cuped.ON));
        Moments m = stats.metric("buy_value").overall().get(0);
        // lookback 14 days: 03-01T00:00 is exactly 14 days before exposure and counts; 02-28 does not.
        assertThat(m.sumX()).isEqualTo(7);
        assertThat(m.sumXY()).isEqualTo(63);
        assertThat(stats.metric("buy_value").hasCovariate()).isTrue();
        ExperimentStatistics off = new LocalStatisticsEngine(data).compute(new StatisticsRequest(
                ExperimentDefinition.of(EXP), List.of(mean("buy").withCuped(Cuped.ON)), false, false),
                AnalysisMonitor.NONE);
        assertThat(off.metric("buy_value").hasCovariate()).isFalse();
        assertThat(off.metric("buy_value").overall().get(0).sumX()).isZero();
    }

    @Test
    void percentileCappingUsesTheR7QuantileOfPooledPerUserValues() {
        InMemoryEventData data = new InMemoryEventData();
        // Per-user values 1..10 (u10 is a whale with 1000 instead of 10) across two variants.
        for (int i = 1; i <= 10; i++) {
            data.assign("u" + i, EXP, i % 2 == 0 ? "control" : "treatment", "2026-03-01T00:00:00Z");
            data.event("u" + i, null, "buy", i == 10 ? 1000 : i, "2026-03-01T01:00:00Z");
        }
        MetricDefinition capped = mean("buy").withCapping(new Capping.Percentile(0.9));
        MetricStatistics stats = run(data, capped).metric("buy_value");
        // R-7 on (1..9, 1000): h = 9·0.9 = 8.1 → x[8] + 0.1·(x[9] − x[8]) = 9 + 0.1·991 = 108.1
        assertThat(stats.cap().getAsDouble()).isCloseTo(108.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(stats.overall().get(0).sumY()).isCloseTo(2 + 4 + 6 + 8 + 108.1,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void dateRangeExcludesUsersExposedOutsideItAndEventsAfterItsEnd() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("early", EXP, "control", "2026-02-28T00:00:00Z")
                .assign("u1", EXP, "control", "2026-03-02T00:00:00Z")
                .assign("late", EXP, "control", "2026-03-10T00:00:00Z")
                .event("u1", null, "buy", 1, "2026-03-05T00:00:00Z")
                .event("u1", null, "buy", 2, "2026-03-10T00:00:00Z");
        ExperimentDefinition experiment = new ExperimentDefinition(EXP, null, null, null, null,
                Optional.of(Instant.parse("2026-03-01T00:00:00Z")), Optional.of(Instant.parse("2026-03-10T00:00:00Z")),
                null);
        ExperimentStatistics stats = run(data, experiment, mean("buy"));
        assertThat(stats.users()).containsExactly(1L);
        assertThat(stats.health().outsideDateRangeUsers()).isEqualTo(2);
        assertThat(stats.metric("buy_value").overall().get(0).sumY()).isEqualTo(1);
    }

    @Test
    void segmentsPartitionTheUsersOfEachVariant() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "control", "2026-03-01T00:00:00Z", "device", "ios")
                .assign("u2", EXP, "control", "2026-03-01T00:00:00Z", "device", "android")
                .assign("u3", EXP, "treatment", "2026-03-01T00:00:00Z", "device", "ios")
                .assign("u4", EXP, "treatment", "2026-03-01T00:00:00Z")
                .event("u1", null, "buy", 2, "2026-03-01T01:00:00Z")
                .event("u3", null, "buy", 3, "2026-03-01T01:00:00Z");
        ExperimentStatistics stats = run(data, mean("buy"));
        assertThat(stats.segments().get("device")).containsOnlyKeys("ios", "android", "(none)");
        assertThat(stats.segments().get("device").get("ios")).containsExactly(1L, 1L);
        Map<String, List<Moments>> bySegment = stats.metric("buy_value").segments().get("device");
        assertThat(bySegment.get("ios").get(1).sumY()).isEqualTo(3);
        assertThat(bySegment.get("(none)").get(1).n()).isEqualTo(1);
    }

    @Test
    void perUserTableColumnsBecomeMeansProportionsAndRatios() {
        InMemoryEventData data = new InMemoryEventData();
        data.userRow("1", EXP, "A", null, Map.of("Clicks", 3.0, "Conversions", 1.0, "ret", 1.0), Set.of("ret"));
        data.userRow("2", EXP, "A", null, Map.of("Clicks", 5.0, "Conversions", 0.0, "ret", 0.0), Set.of("ret"));
        data.userRow("3", EXP, "B", null, Map.of("Clicks", 2.0, "Conversions", 2.0, "ret", 1.0), Set.of("ret"));
        data.userRow("4", EXP, "B", null, Map.of("Conversions", 2.0, "ret", 1.0), Set.of("ret"));
        MetricDefinition clicks = MetricDefinition.of("Clicks", new MetricKind.Column("Clicks", null));
        MetricDefinition ret = MetricDefinition.of("ret", new MetricKind.Column("ret", null));
        MetricDefinition ratio = MetricDefinition.of("cr", new MetricKind.ColumnRatio("Conversions", "Clicks"));
        ExperimentStatistics stats = run(data, clicks, ret, ratio);
        assertThat(stats.users()).containsExactly(2L, 2L);
        assertThat(stats.metric("ret").type()).isEqualTo(StatisticType.BINARY);
        assertThat(stats.metric("Clicks").type()).isEqualTo(StatisticType.MEAN);
        // user 4 has no Clicks: left out of Clicks and of the ratio, not counted as zero.
        assertThat(stats.metric("Clicks").overall().get(1)).isEqualTo(new Moments(1, 2, 4, 0, 0, 0, 0, 0, 0));
        assertThat(stats.metric("cr").overall().get(0)).isEqualTo(new Moments(2, 1, 1, 8, 34, 3, 0, 0, 0));
        assertThat(new LocalStatisticsEngine(data).automaticMetrics(EXP)).extracting(MetricDefinition::name)
                .containsExactlyInAnyOrder("Clicks", "Conversions", "ret");
    }

    @Test
    void unknownExperimentIsAClearError() {
        InMemoryEventData data = new InMemoryEventData().assign("u1", EXP, "control", "2026-03-01T00:00:00Z");
        assertThatThrownBy(() -> run(data.event("u1", null, "x", 1, "2026-03-01T00:00:00Z"),
                ExperimentDefinition.of("nope"), binary("x")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("no experiment 'nope'");
    }

    @Test
    void automaticMetricsGiveRatesForEveryTypeAndValuesOnlyWhereEventsCarryThem() {
        InMemoryEventData data = new InMemoryEventData()
                .assign("u1", EXP, "control", "2026-03-01T00:00:00Z")
                .event("u1", null, "view", Double.NaN, "2026-03-01T00:00:00Z")
                .event("u1", null, "buy", 3, "2026-03-01T00:00:00Z");
        assertThat(new LocalStatisticsEngine(data).automaticMetrics(EXP)).extracting(MetricDefinition::name)
                .containsExactly("buy_rate", "buy_value", "view_rate");
    }
}
