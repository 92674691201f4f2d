package com.splitbench.report.file;

import com.splitbench.analysis.result.Verdict;
import com.splitbench.report.SavedResults;
import com.splitbench.report.SavedRow;
import com.splitbench.report.file.ReportJson.RowJson;
import com.splitbench.report.file.ReportJson.SavedResultsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/** Maps the results table as saved. */
final class SavedResultsMapper {

    private SavedResultsMapper() {
    }

    static SavedResultsJson toJson(SavedResults results) {
        Map<String, Double> segmentSrm = new TreeMap<>();
        results.segmentSrmPValues().forEach((segment, p) -> segmentSrm.put(segment, box(p)));
        List<RowJson> rows = results.rows().stream().map(SavedResultsMapper::rowJson).toList();
        return new SavedResultsJson(results.control(), results.segmentDimension().orElse(null),
                box(results.srmPValue()), segmentSrm, rows);
    }

    static SavedResults toDomain(SavedResultsJson json, List<String> variants, Set<String> metrics, String path) {
        Fields.required(json, path);
        String control = Fields.name(json.control(), path + ".control");
        if (!variants.contains(control)) {
            throw new ContentException(path + ".control", "names a variant that is not in statistics.variants");
        }
        Optional<String> dimension = json.segmentDimension() == null ? Optional.empty()
                : Optional.of(Fields.name(json.segmentDimension(), path + ".segmentDimension"));
        OptionalDouble srm = optionalProbability(json.srmPValue(), path + ".srmPValue");
        Map<String, OptionalDouble> segmentSrm = new TreeMap<>();
        Map<String, Double> segmentJson = json.segmentSrmPValues() == null ? Map.of() : json.segmentSrmPValues();
        Fields.map(segmentJson, ReportLimits.MAX_SEGMENT_VALUES, path + ".segmentSrmPValues").forEach((s, p) -> {
            String segmentPath = Fields.key(path + ".segmentSrmPValues", s);
            segmentSrm.put(Fields.name(s, segmentPath), optionalProbability(p, segmentPath));
        });
        List<RowJson> rowsJson = Fields.list(json.rows(), ReportLimits.MAX_CONTAINER_SIZE, path + ".rows");
        List<SavedRow> rows = new ArrayList<>(rowsJson.size());
        for (int i = 0; i < rowsJson.size(); i++) {
            rows.add(row(rowsJson.get(i), variants, metrics, path + ".rows[" + i + "]"));
        }
        return new SavedResults(control, dimension, srm, segmentSrm, rows);
    }

    private static RowJson rowJson(SavedRow r) {
        return new RowJson(r.metric(), r.variant(), r.segment().orElse(null), r.control(), r.users(), r.numerator(),
                r.denominator(), box(r.mean()), box(r.absoluteDifference()), box(r.absoluteLow()),
                box(r.absoluteHigh()), box(r.relativeLift()), box(r.relativeLow()), box(r.relativeHigh()),
                box(r.pValue()), box(r.pValueAdjusted()), box(r.chanceToWin()), r.inFamily(),
                r.verdict().name().toLowerCase(Locale.ROOT));
    }

    private static SavedRow row(RowJson json, List<String> variants, Set<String> metrics, String path) {
        String metric = Fields.name(json.metric(), path + ".metric");
        if (!metrics.contains(metric)) {
            throw new ContentException(path + ".metric", "names a metric that is not in statistics.metrics");
        }
        String variant = Fields.name(json.variant(), path + ".variant");
        if (!variants.contains(variant)) {
            throw new ContentException(path + ".variant", "names a variant that is not in statistics.variants");
        }
        Optional<String> segment = json.segment() == null ? Optional.empty()
                : Optional.of(Fields.name(json.segment(), path + ".segment"));
        return new SavedRow(metric, variant, segment, Fields.required(json.isControl(), path + ".is_control"),
                Fields.count(json.users(), path + ".users"), Fields.finite(json.numerator(), path + ".numerator"),
                Fields.finite(json.denominator(), path + ".denominator"), optional(json.mean(), path + ".mean"),
                optional(json.absDiff(), path + ".abs_diff"), optional(json.absCiLow(), path + ".abs_ci_low"),
                optional(json.absCiHigh(), path + ".abs_ci_high"), optional(json.relLift(), path + ".rel_lift"),
                optional(json.relCiLow(), path + ".rel_ci_low"), optional(json.relCiHigh(), path + ".rel_ci_high"),
                optionalProbability(json.pValue(), path + ".p_value"),
                optionalProbability(json.pValueAdjusted(), path + ".p_value_adjusted"),
                optionalProbability(json.chanceToWin(), path + ".chance_to_win"),
                Fields.required(json.inFamily(), path + ".in_family"), verdict(json.verdict(), path + ".verdict"));
    }

    private static Verdict verdict(String text, String path) {
        Fields.required(text, path);
        for (Verdict verdict : Verdict.values()) {
            if (verdict.name().toLowerCase(Locale.ROOT).equals(text)) {
                return verdict;
            }
        }
        throw new ContentException(path, "must be one of better, worse, inconclusive, not_computable, baseline");
    }

    private static OptionalDouble optional(Double value, String path) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(Fields.finite(value, path));
    }

    private static OptionalDouble optionalProbability(Double value, String path) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(Fields.probability(value, path));
    }

    private static Double box(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
