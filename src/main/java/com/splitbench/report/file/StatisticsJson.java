package com.splitbench.report.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.splitbench.spec.json.SpecJson;
import java.util.List;
import java.util.Map;

/**
 * The file form of an experiment's sufficient statistics. Each moments entry is an array of the nine numbers
 * named in {@code momentFields} (n, Σy, Σy², Σd, Σd², Σyd, Σx, Σx², Σxy), one entry per variant in
 * {@code variants} order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"experiment", "variants", "users", "momentFields", "health", "exposures", "segments", "metrics"})
public record StatisticsJson(String experiment, List<String> variants, List<Long> users, List<String> momentFields,
        HealthJson health, ExposuresJson exposures, Map<String, Map<String, List<Long>>> segments,
        List<MetricStatisticsJson> metrics) {

    /** The names of the nine numbers of a moments array, in order. */
    public static final List<String> MOMENT_FIELDS = List.of("n", "sumY", "sumY2", "sumD", "sumD2", "sumYD", "sumX",
            "sumX2", "sumXY");

    public record HealthJson(Long assignedUsers, Long multipleVariantUsers, Long outsideDateRangeUsers,
            Long eventsBeforeExposure, Long unassignedUserEvents, Long eventsOfExcludedUsers) {
    }

    /** counts[day][variant]. */
    public record ExposuresJson(List<String> days, List<List<Long>> counts) {
    }

    /** type is binary, mean or ratio; cap is present when capping was applied. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"definition", "type", "hasCovariate", "cap", "overall", "segments", "calendar",
        "sinceExposure", "distribution"})
    public record MetricStatisticsJson(SpecJson.MetricJson definition, String type, Boolean hasCovariate, Double cap,
            List<double[]> overall, Map<String, Map<String, List<double[]>>> segments,
            List<SeriesPointJson> calendar, List<SeriesPointJson> sinceExposure, DistributionJson distribution) {
    }

    public record SeriesPointJson(String label, List<double[]> moments) {
    }

    /** counts[variant][bin]; bin i covers [edges[i], edges[i+1]). */
    public record DistributionJson(List<Double> edges, List<List<Long>> counts, List<Long> above) {
    }
}
