package com.splitbench.report.verify;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.Report;
import com.splitbench.report.SavedResults;
import com.splitbench.report.SourceDescription;
import com.splitbench.report.WorkspaceSource;
import com.splitbench.report.verify.Difference.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a report still holds: compares its fingerprint, its sufficient statistics and its saved results with
 * those recomputed from the data at hand. Pure: the caller recomputes the statistics (from a workspace or a
 * warehouse) and describes the current source.
 */
public final class ReportVerifier {

    private ReportVerifier() {
    }

    /**
     * @param report the report
     * @param current the statistics recomputed for the report's analysed spec
     * @param currentSource the source they were recomputed from
     */
    public static VerifyResult verify(Report report, ExperimentStatistics current, SourceDescription currentSource) {
        List<Difference> differences = new ArrayList<>();
        long checked = 0;
        Comparisons fingerprint = FingerprintComparison.compare(report.fingerprint(), currentSource,
                current.health());
        differences.addAll(fingerprint.differences());
        Comparisons statistics = StatisticsComparison.compare(report.statistics(), current);
        differences.addAll(statistics.differences());
        checked += statistics.checked();
        try {
            SavedResults now = SavedResults.of(ResultCalculator.calculate(current, report.spec()));
            Comparisons results = ResultsComparison.compare(report.results(), now);
            differences.addAll(results.differences());
            checked += results.checked();
        } catch (UserFacingException e) {
            differences.add(new Difference(Section.RESULTS, "", "", "", "results", "computed",
                    "cannot be computed: " + e.getMessage()));
        }
        return new VerifyResult(report.experimentKey(), differences, filesIn(report), checked,
                Comparisons.RELATIVE_TOLERANCE);
    }

    private static int filesIn(Report report) {
        return report.fingerprint().source() instanceof WorkspaceSource workspace ? workspace.files().size() : 1;
    }
}
