package com.splitbench.spec.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The file form of an analysis spec (format {@value #FORMAT}, version {@value #CURRENT_VERSION}). Plain data with
 * no behaviour and no polymorphic typing: {@link SpecMapper} turns it into the validated domain records. Report
 * files embed the same shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpecJson(String format, Integer version, ExperimentJson experiment, List<MetricJson> metrics,
        SettingsJson settings) {

    public static final String FORMAT = "splitbench.analysis-spec";
    public static final int CURRENT_VERSION = 1;

    /** The experiment part. Times are ISO-8601 instants. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExperimentJson(String key, String displayName, String hypothesis, String control,
            Map<String, Double> weights, String from, String to, String notes) {
    }

    /**
     * One metric. {@code type} is one of binary, count, mean, ratio, column, column_ratio; the fields that apply
     * depend on it (documented in docs/spec.md).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MetricJson(String name, String description, String type, String event, FilterJson filter,
            AggregateJson numerator, AggregateJson denominator, String column, String covariateColumn,
            String numeratorColumn, String denominatorColumn, WindowJson window, String direction, String role,
            CappingJson capping, CupedJson cuped) {
    }

    /** A value filter: op is one of any, =, !=, >, >=, <, <=. */
    public record FilterJson(String op, Double value) {
    }

    /** One side of a ratio metric: aggregation is any, count or sum. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AggregateJson(String event, String aggregation, FilterJson filter) {
    }

    /** Durations are ISO-8601 (P7D, PT12H) or short forms (7d, 12h, 30m). A missing length means no end. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WindowJson(String startOffset, String length) {
    }

    /** type is none, absolute (value = the cap) or percentile (value = a fraction such as 0.99). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CappingJson(String type, Double value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CupedJson(Boolean enabled, String lookback) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SettingsJson(Double confidenceLevel, String correction, Boolean cuped, Boolean sequential,
            Double sequentialTuning, Boolean bayesian, Double priorSd, Double srmThreshold, String segment) {
    }
}
