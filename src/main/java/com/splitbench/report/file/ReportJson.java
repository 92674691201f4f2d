package com.splitbench.report.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.splitbench.spec.json.SpecJson;
import java.util.List;
import java.util.Map;

/**
 * The file form of a report (format {@value #FORMAT}, version {@value #CURRENT_VERSION}): plain data with no
 * behaviour and no polymorphic typing. {@link ReportMapper} turns it into the validated {@code Report} and back.
 * Boxed types throughout, so that a missing field is told apart from a zero and named in the message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "createdAt", "appVersion", "conclusion", "spec", "fingerprint", "statistics",
    "results"})
public record ReportJson(String format, Integer version, String createdAt, String appVersion,
        ConclusionJson conclusion, SpecJson spec, FingerprintJson fingerprint, StatisticsJson statistics,
        SavedResultsJson results) {

    public static final String FORMAT = "splitbench.report";
    public static final int CURRENT_VERSION = 1;

    /** decision is one of undecided, ship, dont_ship, keep_running, inconclusive. */
    public record ConclusionJson(String decision, String notes) {
    }

    public record FingerprintJson(SourceJson source, StatisticsJson.HealthJson exclusions) {
    }

    /** kind "workspace" uses files; kind "warehouse" uses engine, tables and queryHash. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceJson(String kind, List<ImportedFileJson> files, String engine, List<String> tables,
            String queryHash) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportedFileJson(String name, Long size, String sha256, String shape, String experiment,
            Long rowsRead, Long rowsImported, Long rowsRejected, Long duplicatesSkipped) {
    }

    /** The results table as saved; a null number was not computable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SavedResultsJson(String control, String segmentDimension, Double srmPValue,
            Map<String, Double> segmentSrmPValues, List<RowJson> rows) {
    }

    /** One results row; the names are those of the {@code analyze --format csv} columns. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowJson(String metric, String variant, String segment, Boolean isControl, Long users,
            Double numerator, Double denominator, Double mean, Double absDiff, Double absCiLow, Double absCiHigh,
            Double relLift, Double relCiLow, Double relCiHigh, Double pValue, Double pValueAdjusted,
            Double chanceToWin, Boolean inFamily, String verdict) {
    }
}
