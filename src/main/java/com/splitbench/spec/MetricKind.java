package com.splitbench.spec;

/**
 * What is measured per user, before it is compared between variants. A closed set: the analysis engine, the SQL
 * dialects and the metric editor switch over it exhaustively.
 */
public sealed interface MetricKind
        permits MetricKind.Binary, MetricKind.Count, MetricKind.Mean, MetricKind.Ratio, MetricKind.Column,
        MetricKind.ColumnRatio {

    /** The user has at least one event of {@code eventType} (matching the filter) inside the window. */
    record Binary(String eventType, ValueFilter filter) implements MetricKind {
        public Binary {
            SpecChecks.requireName(eventType, "event type");
            filter = filter == null ? ValueFilter.NONE : filter;
        }
    }

    /** The number of events of {@code eventType} per user inside the window (zero when none). */
    record Count(String eventType, ValueFilter filter) implements MetricKind {
        public Count {
            SpecChecks.requireName(eventType, "event type");
            filter = filter == null ? ValueFilter.NONE : filter;
        }
    }

    /** The summed value of events of {@code eventType} per user inside the window (zero when none). */
    record Mean(String eventType, ValueFilter filter) implements MetricKind {
        public Mean {
            SpecChecks.requireName(eventType, "event type");
            filter = filter == null ? ValueFilter.NONE : filter;
        }
    }

    /**
     * The sum over users of one per-user aggregate divided by the sum of another, e.g. orders per session or
     * revenue per order. Compared with the delta method, never as if events were independent.
     */
    record Ratio(UserAggregate numerator, UserAggregate denominator) implements MetricKind {
        public Ratio {
            SpecChecks.requireNonNull(numerator, "numerator");
            SpecChecks.requireNonNull(denominator, "denominator");
        }
    }

    /**
     * A column of a per-user table. Numeric columns are compared as means; 0/1 and TRUE/FALSE columns as
     * proportions. {@code covariateColumn}, when set, is the CUPED covariate (a pre-exposure column).
     */
    record Column(String column, String covariateColumn) implements MetricKind {
        public Column {
            SpecChecks.requireName(column, "column");
        }
    }

    /** The sum of one per-user column over the sum of another, e.g. {@code Conversions / Clicks}. */
    record ColumnRatio(String numeratorColumn, String denominatorColumn) implements MetricKind {
        public ColumnRatio {
            SpecChecks.requireName(numeratorColumn, "numerator column");
            SpecChecks.requireName(denominatorColumn, "denominator column");
        }
    }
}
