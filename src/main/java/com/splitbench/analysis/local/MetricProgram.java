package com.splitbench.analysis.local;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.Capping;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.UserAggregate.Aggregation;
import com.splitbench.spec.ValueFilter;

/**
 * An event metric compiled for the scan: the event types it reads as symbol ids, how each user's events reduce to
 * a number, and its window in milliseconds.
 */
final class MetricProgram {

    /** One per-user aggregate. {@code eventType} is -1 when the type does not occur in the data. */
    record Aggregate(int eventType, Aggregation aggregation, ValueFilter filter) {

        /** What one matching event adds to the running aggregate. */
        double amount(double value) {
            return aggregation == Aggregation.SUM ? (Double.isNaN(value) ? 0 : value) : 1;
        }

        /** The per-user value from the running aggregate. */
        double finish(double raw) {
            return aggregation == Aggregation.ANY ? (raw > 0 ? 1 : 0) : raw;
        }
    }

    final MetricDefinition definition;
    final StatisticType type;
    final Aggregate numerator;
    final Aggregate denominator;
    final long windowStartMillis;
    final long windowLengthMillis;
    final long cupedLookbackMillis;

    private MetricProgram(MetricDefinition definition, StatisticType type, Aggregate numerator, Aggregate denominator,
            boolean cupedEnabled) {
        this.definition = definition;
        this.type = type;
        this.numerator = numerator;
        this.denominator = denominator;
        this.windowStartMillis = definition.window().startOffset().toMillis();
        this.windowLengthMillis = definition.window().length().map(java.time.Duration::toMillis)
                .orElse(Long.MAX_VALUE);
        this.cupedLookbackMillis = cupedEnabled && definition.cuped().enabled()
                ? definition.cuped().lookback().toMillis() : 0;
    }

    /** Compiles an event metric; column metrics are not event metrics and are refused. */
    static MetricProgram compile(MetricDefinition metric, EventData data, boolean cupedEnabled) {
        MetricKind kind = metric.kind();
        if (kind instanceof MetricKind.Binary b) {
            return new MetricProgram(metric, StatisticType.BINARY,
                    aggregate(data, b.eventType(), Aggregation.ANY, b.filter()), null, cupedEnabled);
        }
        if (kind instanceof MetricKind.Count c) {
            return new MetricProgram(metric, StatisticType.MEAN,
                    aggregate(data, c.eventType(), Aggregation.COUNT, c.filter()), null, cupedEnabled);
        }
        if (kind instanceof MetricKind.Mean m) {
            return new MetricProgram(metric, StatisticType.MEAN,
                    aggregate(data, m.eventType(), Aggregation.SUM, m.filter()), null, cupedEnabled);
        }
        if (kind instanceof MetricKind.Ratio r) {
            return new MetricProgram(metric, StatisticType.RATIO, aggregate(data, r.numerator()),
                    aggregate(data, r.denominator()), false);
        }
        throw new IllegalArgumentException("Metric " + metric.name() + " is a column metric, not an event metric");
    }

    boolean isRatio() {
        return denominator != null;
    }

    boolean hasCovariate() {
        return cupedLookbackMillis > 0;
    }

    /** Whether an event at {@code time} counts for a user exposed at {@code exposure}. */
    boolean inWindow(long exposure, long time) {
        long start = exposure + windowStartMillis;
        return time >= start && (windowLengthMillis == Long.MAX_VALUE || time - start < windowLengthMillis);
    }

    /** Whether an event at {@code time} falls in the CUPED pre-exposure window of a user exposed at {@code exposure}. */
    boolean inCovariateWindow(long exposure, long time) {
        return cupedLookbackMillis > 0 && time < exposure && exposure - time <= cupedLookbackMillis;
    }

    /** The cap for per-user values when it is absolute; percentile caps are computed from the data. */
    double absoluteCap() {
        return definition.capping() instanceof Capping.Absolute a ? a.cap() : Double.POSITIVE_INFINITY;
    }

    private static Aggregate aggregate(EventData data, UserAggregate aggregate) {
        return aggregate(data, aggregate.eventType(), aggregate.aggregation(), aggregate.filter());
    }

    private static Aggregate aggregate(EventData data, String eventType, Aggregation aggregation, ValueFilter filter) {
        return new Aggregate(data.symbolId(eventType).orElse(-1), aggregation, filter);
    }
}
