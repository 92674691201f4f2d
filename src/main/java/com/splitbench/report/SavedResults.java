package com.splitbench.report;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.srm.SrmResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The results table as computed when a report was saved: what the author saw and decided on. A report re-opens
 * from its statistics, not from these; they are kept for readers of the file and to show, on verify, whether a
 * number moved.
 *
 * @param control the baseline variant
 * @param segmentDimension the breakdown, when there was one
 * @param srmPValue the sample-ratio check over all users; empty when not computable
 * @param segmentSrmPValues the sample-ratio check within each segment
 * @param rows the table's rows, in table order
 */
public record SavedResults(String control, Optional<String> segmentDimension, OptionalDouble srmPValue,
        Map<String, OptionalDouble> segmentSrmPValues, List<SavedRow> rows) {

    public SavedResults {
        Objects.requireNonNull(control, "control");
        segmentDimension = segmentDimension == null ? Optional.empty() : segmentDimension;
        segmentSrmPValues = java.util.Collections.unmodifiableMap(new TreeMap<>(segmentSrmPValues));
        rows = List.copyOf(rows);
    }

    public static SavedResults of(AnalysisResult result) {
        Map<String, OptionalDouble> segmentSrm = new TreeMap<>();
        result.segmentSrm().forEach((segment, srm) -> segmentSrm.put(segment, pValue(srm)));
        return new SavedResults(result.control(), result.segmentDimension(), pValue(result.srm()), segmentSrm,
                result.rows().stream().map(SavedRow::of).toList());
    }

    private static OptionalDouble pValue(Outcome<SrmResult> srm) {
        return srm.asOptional().map(s -> OptionalDouble.of(s.pValue())).orElse(OptionalDouble.empty());
    }
}
