package com.splitbench.ui.experiment;

import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.ui.results.SrmWords;
import com.splitbench.ui.table.DisplayFormats;
import java.util.List;

/**
 * One check of an experiment's data on the overview, in words.
 *
 * @param title       what was checked
 * @param count       the number found, as shown
 * @param severity    how much it matters
 * @param explanation what it means and what was done about it
 */
public record HealthCheck(String title, String count, Severity severity, String explanation) {

    /** OK: nothing to do; NOTE: expected and handled; WARNING: worth a look; PROBLEM: results may be invalid. */
    public enum Severity { OK, NOTE, WARNING, PROBLEM }

    /** The checks of an analysed experiment: the split, then what was excluded or ignored. */
    public static List<HealthCheck> of(AnalysisResult result) {
        HealthCounts h = result.health();
        long assigned = Math.max(1, h.assignedUsers());
        return List.of(
                new HealthCheck("Users per variant against the planned split", result.srm().isComputed()
                        ? "p = " + DisplayFormats.pValue(result.srm().orElseThrow().pValue()) : "—",
                        result.srmFlagged() ? Severity.PROBLEM : result.srm().isComputed() ? Severity.OK
                                : Severity.NOTE, SrmWords.verdict(result.srm(), result.variants())),
                new HealthCheck("Users in several variants", count(h.multipleVariantUsers()),
                        h.multipleVariantUsers() == 0 ? Severity.OK : h.multipleVariantUsers() * 100 > assigned
                                ? Severity.PROBLEM : Severity.WARNING,
                        h.multipleVariantUsers() == 0 ? "Every user was assigned to one variant only."
                                : DisplayFormats.percent((double) h.multipleVariantUsers() / assigned, 2)
                                + " of the assigned users were assigned to more than one variant. They are left out "
                                + "of the analysis, with their " + count(h.eventsOfExcludedUsers()) + " events. Many "
                                + "such users point at a bug in the assignment."),
                new HealthCheck("Events before exposure", count(h.eventsBeforeExposure()),
                        h.eventsBeforeExposure() == 0 ? Severity.OK : Severity.NOTE,
                        "Events of analysed users that happened before their first exposure. They never count as "
                                + "outcomes; CUPED may use them as the pre-exposure covariate."),
                new HealthCheck("Events from unassigned users", count(h.unassignedUserEvents()),
                        h.unassignedUserEvents() == 0 ? Severity.OK : Severity.NOTE,
                        "Events of users never assigned to this experiment (other experiments' users, or users "
                                + "whose assignment was not logged). They are ignored."),
                new HealthCheck("Users outside the date range", count(h.outsideDateRangeUsers()),
                        h.outsideDateRangeUsers() == 0 ? Severity.OK : Severity.NOTE,
                        h.outsideDateRangeUsers() == 0 ? "Every assigned user was first exposed inside the analysis "
                                + "date range (or no range is set)." : "Users first exposed before the start or "
                                + "after the end of the analysis date range are left out."));
    }

    private static String count(long value) {
        return DisplayFormats.number(value, 0);
    }
}
