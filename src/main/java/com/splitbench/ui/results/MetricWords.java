package com.splitbench.ui.results;

import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Direction;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import java.time.Duration;
import java.util.Locale;

/** A metric definition in words, for explanations and tooltips. */
public final class MetricWords {

    private MetricWords() {
    }

    /** e.g. "binary: users with a purchase event (value > 0), in the 7 days from exposure; higher is better; goal". */
    public static String describe(MetricDefinition metric) {
        StringBuilder text = new StringBuilder(kind(metric.kind()));
        if (!(metric.kind() instanceof MetricKind.Column || metric.kind() instanceof MetricKind.ColumnRatio)) {
            text.append(", ").append(window(metric.window()));
        }
        text.append("; ").append(metric.direction() == Direction.HIGHER_IS_BETTER ? "higher is better"
                : "lower is better").append("; ").append(metric.role().name().toLowerCase(Locale.ROOT));
        if (metric.capping() instanceof Capping.Absolute absolute) {
            text.append("; capped at ").append(Numbers.of(absolute.cap()));
        } else if (metric.capping() instanceof Capping.Percentile percentile) {
            text.append("; capped at the ").append(Numbers.of(percentile.percentile() * 100))
                    .append("th percentile of all users");
        }
        if (metric.cuped().enabled()) {
            text.append("; CUPED with ").append(metric.kind() instanceof MetricKind.Column column
                    ? "covariate column " + column.covariateColumn()
                    : "the same metric over the " + duration(metric.cuped().lookback()) + " before exposure");
        }
        return text.toString();
    }

    static String kind(MetricKind kind) {
        if (kind instanceof MetricKind.Binary binary) {
            return "binary: users with a " + binary.eventType() + " event" + filter(binary.filter());
        }
        if (kind instanceof MetricKind.Count count) {
            return "count: " + count.eventType() + " events per user" + filter(count.filter());
        }
        if (kind instanceof MetricKind.Mean mean) {
            return "mean: summed " + mean.eventType() + " value per user" + filter(mean.filter());
        }
        if (kind instanceof MetricKind.Ratio ratio) {
            return "ratio: Σ " + aggregate(ratio.numerator()) + " / Σ " + aggregate(ratio.denominator());
        }
        if (kind instanceof MetricKind.Column column) {
            return "column " + column.column() + " of the per-user table";
        }
        MetricKind.ColumnRatio ratio = (MetricKind.ColumnRatio) kind;
        return "ratio of columns: Σ " + ratio.numeratorColumn() + " / Σ " + ratio.denominatorColumn();
    }

    private static String aggregate(UserAggregate aggregate) {
        String what = switch (aggregate.aggregation()) {
            case ANY -> "has any " + aggregate.eventType();
            case COUNT -> aggregate.eventType() + " events";
            case SUM -> aggregate.eventType() + " value";
        };
        return what + filter(aggregate.filter());
    }

    private static String filter(ValueFilter filter) {
        return filter.isNone() ? "" : " (" + filter + ")";
    }

    private static String window(ConversionWindow window) {
        String start = window.startOffset().isZero() ? "from exposure" : "from " + duration(window.startOffset())
                + " after exposure";
        return window.length().map(length -> "in the " + duration(length) + " " + start)
                .orElse(start + " to the end of the data");
    }

    /** "14 days", "12 hours", "30 minutes", "1 day 6 hours". */
    public static String duration(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        StringBuilder text = new StringBuilder();
        append(text, days, "day");
        append(text, hours, "hour");
        append(text, minutes, "minute");
        return text.length() == 0 ? duration.toSeconds() + " seconds" : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            text.append(text.length() == 0 ? "" : " ").append(amount).append(' ').append(unit)
                    .append(amount == 1 ? "" : "s");
        }
    }
}
