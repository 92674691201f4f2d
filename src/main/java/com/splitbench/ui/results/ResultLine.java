package com.splitbench.ui.results;

import com.splitbench.analysis.result.ResultRow;

/**
 * One line of the significance table: one metric in one treatment variant (within a segment when broken down),
 * compared with the control. Built off the JavaFX thread from an analysis result; holds no nodes.
 *
 * @param segment     the segment value, or "" when the results are not broken down
 * @param metric      the metric's name, role and direction
 * @param control     the control's value
 * @param treatment   the variant's value
 * @param absolute    treatment minus control, with its interval
 * @param relative    the relative lift, with its interval
 * @param chanceToWin the Bayesian chance that the variant is better, NaN when the view is off
 * @param row         the analysis row it shows, for "explain this number"
 * @param controlRow  the control's row in the same metric and segment
 */
public record ResultLine(String segment, MetricName metric, String variant, long users, ArmValue control,
                         ArmValue treatment, Difference absolute, Difference relative, PValue pValue,
                         double chanceToWin, ResultRow row, ResultRow controlRow) {

    /**
     * A metric's name with what it is for, e.g. "sessions_per_user" and "guardrail · higher is better". Copies as
     * its name.
     */
    public record MetricName(String name, String role, String description) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The difference the CI bar shows: the relative lift or the absolute difference. */
    public Difference shown(boolean relativeView) {
        return relativeView ? relative : absolute;
    }

    /** The other one, shown as text beside it. */
    public Difference other(boolean relativeView) {
        return relativeView ? absolute : relative;
    }
}
