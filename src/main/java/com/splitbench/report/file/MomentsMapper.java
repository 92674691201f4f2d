package com.splitbench.report.file;

import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.common.UserFacingException;
import com.splitbench.stats.summary.CovariateSummary;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps per-variant moments to the nine-number arrays of the file and back. On read every array is checked: nine
 * finite numbers, a whole non-negative n, and sums the statistics engine accepts (no negative sum of squared
 * deviations, a cross moment within Cauchy-Schwarz), so that a damaged or hostile file is refused when it is
 * opened rather than when someone switches to a segment.
 */
final class MomentsMapper {

    private MomentsMapper() {
    }

    static List<double[]> toJson(List<Moments> moments) {
        return moments.stream().map(Moments::toArray).toList();
    }

    static List<Moments> toDomain(List<double[]> json, int variants, StatisticType type, boolean covariate,
            String path) {
        Fields.listOfSize(json, variants, path);
        List<Moments> moments = new ArrayList<>(variants);
        for (int v = 0; v < variants; v++) {
            moments.add(one(json.get(v), type, covariate, path + "[" + v + "]"));
        }
        return moments;
    }

    private static Moments one(double[] values, StatisticType type, boolean covariate, String path) {
        if (values.length != Moments.WIDTH) {
            throw new ContentException(path, "has " + values.length + " numbers, expected " + Moments.WIDTH + " ("
                    + String.join(", ", StatisticsJson.MOMENT_FIELDS) + ")");
        }
        for (int i = 0; i < values.length; i++) {
            Fields.finite(values[i], path + "[" + i + "]");
        }
        double n = values[0];
        if (n < 0 || n != Math.rint(n) || n > ReportLimits.MAX_EXACT_COUNT) {
            throw new ContentException(path, "has n = " + n + ": a user count must be a whole number ≥ 0");
        }
        Moments moments = Moments.fromArray(values, 0);
        checkConsistent(moments, type, covariate, path);
        return moments;
    }

    /** Builds the statistics engine's summaries, which refuse inconsistent sums with a specific message. */
    private static void checkConsistent(Moments m, StatisticType type, boolean covariate, String path) {
        try {
            if (type == StatisticType.RATIO) {
                RatioSummary.fromSums(m.n(), m.sumY(), m.sumY2(), m.sumD(), m.sumD2(), m.sumYD());
            } else {
                SampleSummary.fromSums(m.n(), m.sumY(), m.sumY2());
                if (covariate) {
                    CovariateSummary.fromSums(m.n(), m.sumY(), m.sumY2(), m.sumX(), m.sumX2(), m.sumXY());
                }
            }
        } catch (UserFacingException e) {
            throw new ContentException(path, "holds inconsistent sums: " + e.getMessage());
        }
    }
}
