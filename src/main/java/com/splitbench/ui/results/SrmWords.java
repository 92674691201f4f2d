package com.splitbench.ui.results;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.srm.SrmResult;
import com.splitbench.ui.table.DisplayFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sample-ratio check in words: the results page's warning and the overview's verdict. */
public final class SrmWords {

    private SrmWords() {
    }

    /** The banner above the results table when the split fails the check; empty when it passes. */
    public static String warning(AnalysisResult result) {
        List<String> segments = new ArrayList<>();
        for (Map.Entry<String, Outcome<SrmResult>> segment : result.segmentSrm().entrySet()) {
            if (segment.getValue().asOptional().map(SrmResult::flagged).orElse(false)) {
                segments.add(segment.getKey());
            }
        }
        if (!result.srmFlagged() && segments.isEmpty()) {
            return "";
        }
        String where = result.srmFlagged() ? verdict(result.srm(), result.variants())
                : "Within " + result.segmentDimension().orElse("segment") + " " + String.join(", ", segments)
                + " the users per variant differ from the planned split.";
        return "Sample ratio mismatch: the results may be invalid. " + where
                + " The assignment or its logging may be broken; find the cause before trusting these numbers.";
    }

    /**
     * The check in a sentence, e.g. "control has 47.0% of the users where 50.0% were planned (χ² = 36.7, 1 df,
     * p = 1.4e-9, below 0.001)".
     */
    public static String verdict(Outcome<SrmResult> outcome, List<String> variants) {
        if (!outcome.isComputed()) {
            return "The sample-ratio check could not be done: " + outcome.explanation();
        }
        SrmResult srm = outcome.orElseThrow();
        long total = srm.observed().stream().mapToLong(Long::longValue).sum();
        double expectedTotal = srm.expected().stream().mapToDouble(Double::doubleValue).sum();
        int worst = 0;
        double worstGap = -1;
        for (int v = 0; v < srm.observed().size(); v++) {
            double gap = Math.abs(srm.observed().get(v) - srm.expected().get(v)) / Math.sqrt(srm.expected().get(v));
            if (gap > worstGap) {
                worstGap = gap;
                worst = v;
            }
        }
        String statistic = "(χ² = " + DisplayFormats.number(srm.chiSquare(), 2) + ", " + srm.degreesOfFreedom()
                + " df, p = " + p(srm.pValue()) + ")";
        if (!srm.flagged()) {
            return "The users per variant match the planned split " + statistic + ".";
        }
        return variants.get(worst) + " has " + DisplayFormats.percent((double) srm.observed().get(worst) / total, 1)
                + " of the users where " + DisplayFormats.percent(srm.expected().get(worst) / expectedTotal, 1)
                + " were planned " + statistic + ", far below the threshold of " + p(srm.threshold()) + ".";
    }

    private static String p(double value) {
        return value >= 0.001 ? DisplayFormats.number(value, 3) : String.format(java.util.Locale.ROOT, "%.1e", value);
    }
}
