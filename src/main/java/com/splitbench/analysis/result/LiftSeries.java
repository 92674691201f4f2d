package com.splitbench.analysis.result;

import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.comparison.ComparisonOptions;
import com.splitbench.stats.comparison.ComparisonResult;
import com.splitbench.stats.correction.Hypothesis;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.inference.RelativeLift;
import java.util.ArrayList;
import java.util.List;

/**
 * The cumulative lift of one treatment over control with its interval, point by point over time (by calendar day
 * or by days since exposure). Sequential intervals are used when the sequential view is on: they are the ones that
 * stay valid when a chart is looked at every day. No Bayesian view here (it is costly and not plotted).
 */
public final class LiftSeries {

    /** One point of the series. */
    public record Point(String label, long controlUsers, long treatmentUsers, Outcome<Double> relativeLift,
            Outcome<Interval> relativeInterval, Outcome<Double> absoluteDifference,
            Outcome<Interval> absoluteInterval) {
    }

    private LiftSeries() {
    }

    public static List<Point> compute(MetricStatistics metric, int control, int treatment,
            AnalysisSettings settings, boolean calendar) {
        AnalysisSettings plain = settings.withBayesian(false);
        List<Point> points = new ArrayList<>();
        for (SeriesPoint point : calendar ? metric.calendar() : metric.sinceExposure()) {
            List<Moments> moments = point.moments();
            boolean cuped = plain.cupedEnabled() && metric.hasCovariate() && metric.type() != StatisticType.RATIO;
            ComparisonOptions options = PairComparison.options(plain, metric.type(), moments, cuped);
            ComparisonResult result = PairComparison.compare(metric.type(), moments.get(control),
                    moments.get(treatment), cuped, options);
            Hypothesis hypothesis = result.asHypothesis();
            points.add(new Point(point.label(), moments.get(control).n(), moments.get(treatment).n(),
                    result.relative().map(RelativeLift::estimate), hypothesis.relativeInterval(),
                    result.absolute().map(AbsoluteDifference::estimate), hypothesis.absoluteInterval()));
        }
        return points;
    }
}
