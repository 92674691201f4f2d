package com.splitbench.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the one-pass cumulative series against a brute-force recomputation at every point: for each day, the
 * users and events that qualify are selected afresh and their moments summed directly.
 */
class CumulativeSeriesBruteForceTest {

    private static final long DAY = 86_400_000L;
    private static final long START = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();

    private record Ev(int user, String type, double value, long time) {
    }

    @Test
    void everyPointEqualsADirectRecomputation() {
        SplittableRandom random = new SplittableRandom(42);
        InMemoryEventData data = new InMemoryEventData();
        int users = 300;
        long[] exposure = new long[users];
        int[] variant = new int[users];
        List<Ev> events = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            exposure[u] = START + random.nextLong(10 * DAY);
            variant[u] = random.nextInt(3);
            data.assign("u" + u, "e", "v" + variant[u], Instant.ofEpochMilli(exposure[u]).toString());
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                long time = exposure[u] + random.nextLong(-2 * DAY, 12 * DAY);
                String type = random.nextBoolean() ? "buy" : "visit";
                double value = type.equals("buy") ? Math.round(random.nextDouble() * 1000) / 10.0 : Double.NaN;
                events.add(new Ev(u, type, value, time));
                data.event("u" + u, null, type, value, Instant.ofEpochMilli(time).toString());
            }
        }
        MetricDefinition rate = MetricDefinition.of("buy_rate", new MetricKind.Binary("buy", null));
        MetricDefinition revenue = MetricDefinition.of("rev", new MetricKind.Mean("buy", null))
                .withCapping(new Capping.Absolute(60)).withWindow(new ConversionWindow(Duration.ofHours(2),
                        Optional.of(Duration.ofDays(5))));
        MetricDefinition ratio = MetricDefinition.of("rev_per_visit", new MetricKind.Ratio(
                new UserAggregate("buy", UserAggregate.Aggregation.SUM, new ValueFilter(ValueFilter.Op.GT, 10)),
                new UserAggregate("visit", UserAggregate.Aggregation.COUNT, null)));
        ExperimentStatistics stats = new LocalStatisticsEngine(data).compute(new StatisticsRequest(
                ExperimentDefinition.of("e"), List.of(rate, revenue, ratio), true, true), AnalysisMonitor.NONE);
        List<String> variants = stats.variants();

        long lastTime = events.stream().mapToLong(Ev::time).max().orElseThrow();
        for (long e : exposure) {
            lastTime = Math.max(lastTime, e);
        }
        long dataEnd = lastTime + 1;
        long origin = Math.floorDiv(java.util.Arrays.stream(exposure).min().orElseThrow(), DAY) * DAY;

        for (MetricStatistics metric : stats.metrics()) {
            MetricProgram program = MetricProgram.compile(metric.definition(), data, false);
            for (int d = 0; d < metric.calendar().size(); d++) {
                long end = origin + (d + 1) * DAY;
                SeriesPoint point = metric.calendar().get(d);
                Moments[] expected = direct(program, users, exposure, variant, events, u -> exposure[u] < end,
                        (u, t) -> t < end, variants.size());
                assertMomentsClose(point.moments(), expected, metric.name() + " calendar " + point.label());
            }
            for (int k = 0; k < metric.sinceExposure().size(); k++) {
                long length = (k + 1) * DAY;
                SeriesPoint point = metric.sinceExposure().get(k);
                Moments[] expected = direct(program, users, exposure, variant, events,
                        u -> exposure[u] + length <= dataEnd, (u, t) -> t < exposure[u] + length, variants.size());
                assertMomentsClose(point.moments(), expected, metric.name() + " since " + point.label());
            }
            Moments[] overall = direct(program, users, exposure, variant, events, u -> true, (u, t) -> true,
                    variants.size());
            assertMomentsClose(metric.overall(), overall, metric.name() + " overall");
            assertMomentsClose(metric.calendar().get(metric.calendar().size() - 1).moments(), overall,
                    metric.name() + " last calendar point equals overall");
        }
    }

    private interface UserFilter {
        boolean test(int user);
    }

    private interface EventFilter {
        boolean test(int user, long time);
    }

    /** The moments of the users passing {@code users}, counting the events passing {@code events}. */
    private static Moments[] direct(MetricProgram program, int userCount, long[] exposure, int[] variant,
            List<Ev> events, UserFilter users, EventFilter eventFilter, int variants) {
        double[] num = new double[userCount];
        double[] den = new double[userCount];
        for (Ev e : events) {
            if (!program.inWindow(exposure[e.user], e.time) || !eventFilter.test(e.user, e.time)) {
                continue;
            }
            if (e.type.equals(program.definition.kind() instanceof MetricKind.Ratio r ? r.numerator().eventType()
                    : eventType(program)) && program.numerator.filter().matches(e.value)) {
                num[e.user] += program.numerator.amount(e.value);
            }
            if (program.isRatio() && e.type.equals(((MetricKind.Ratio) program.definition.kind()).denominator()
                    .eventType()) && program.denominator.filter().matches(e.value)) {
                den[e.user] += program.denominator.amount(e.value);
            }
        }
        double[][] sums = new double[variants][6];
        for (int u = 0; u < userCount; u++) {
            if (!users.test(u)) {
                continue;
            }
            double y = Math.min(program.numerator.finish(num[u]), program.absoluteCap());
            double d = program.isRatio() ? program.denominator.finish(den[u]) : 0;
            double[] s = sums[variant[u]];
            s[0] += 1;
            s[1] += y;
            s[2] += y * y;
            s[3] += d;
            s[4] += d * d;
            s[5] += y * d;
        }
        Moments[] result = new Moments[variants];
        for (int v = 0; v < variants; v++) {
            double[] s = sums[v];
            result[v] = new Moments((long) s[0], s[1], s[2], s[3], s[4], s[5], 0, 0, 0);
        }
        return result;
    }

    private static String eventType(MetricProgram program) {
        MetricKind kind = program.definition.kind();
        if (kind instanceof MetricKind.Binary b) {
            return b.eventType();
        }
        return ((MetricKind.Mean) kind).eventType();
    }

    private static void assertMomentsClose(List<Moments> actual, Moments[] expected, String what) {
        assertThat(actual).as(what).hasSize(expected.length);
        for (int v = 0; v < expected.length; v++) {
            double[] a = actual.get(v).toArray();
            double[] e = expected[v].toArray();
            for (int i = 0; i < a.length; i++) {
                assertThat(a[i]).as(what + " variant " + v + " field " + i)
                        .isCloseTo(e[i], org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(e[i]))));
            }
        }
    }
}
