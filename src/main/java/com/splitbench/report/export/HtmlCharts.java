package com.splitbench.report.export;

import static com.splitbench.report.export.HtmlText.escape;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.report.export.ReportChart.Kind;
import com.splitbench.spec.MetricRole;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The charts of the HTML report, as PNG data URIs: the forest plot, exposures, and the cumulative lift by day of
 * the first {@value #MAX_LIFT_CHARTS} metric × treatment pairs, goal metrics first. The PNG export has them all.
 */
final class HtmlCharts {

    static final int MAX_LIFT_CHARTS = 12;

    private HtmlCharts() {
    }

    static List<ReportChart> chosen(AnalysisResult result) {
        List<ReportChart> all = ReportCharts.list(result);
        List<ReportChart> chosen = new ArrayList<>();
        all.stream().filter(c -> c.kind() == Kind.FOREST_PLOT || c.kind() == Kind.EXPOSURES).forEach(chosen::add);
        all.stream().filter(c -> c.kind() == Kind.CUMULATIVE_LIFT_BY_DAY && computable(result, c))
                .sorted(Comparator.comparingInt(c -> roleOrder(result, c.metric().orElseThrow())))
                .limit(MAX_LIFT_CHARTS).forEach(chosen::add);
        return chosen;
    }

    static void write(StringBuilder out, AnalysisResult result) {
        List<ReportChart> charts = chosen(result);
        if (charts.isEmpty()) {
            return;
        }
        out.append("<h2>Charts</h2>\n");
        for (ReportChart chart : charts) {
            byte[] png = ReportCharts.png(chart, result);
            out.append("<figure><img alt=\"").append(escape(chart.title())).append("\" width=\"")
                    .append(ReportCharts.WIDTH).append("\" height=\"").append(ReportCharts.height(chart, result))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                    .append("\"><figcaption>").append(caption(chart)).append("</figcaption></figure>\n");
        }
        long lift = ReportCharts.list(result).stream().filter(c -> c.kind() == Kind.CUMULATIVE_LIFT_BY_DAY).count();
        long shown = charts.stream().filter(c -> c.kind() == Kind.CUMULATIVE_LIFT_BY_DAY).count();
        if (lift > shown) {
            out.append("<p class=\"meta\">").append(lift - shown).append(" more cumulative-lift charts (metrics ")
                    .append("without a computable lift overall, or beyond the first ").append(MAX_LIFT_CHARTS)
                    .append(") are left out here; export the charts as PNG to get them all.</p>\n");
        }
    }

    /** Only pairs whose overall lift is computable: a chart of noise around an undefined lift misleads. */
    private static boolean computable(AnalysisResult result, ReportChart chart) {
        return result.rows().stream().anyMatch(r -> !r.control() && r.segment().isEmpty()
                && r.metric().equals(chart.metric().orElseThrow()) && r.variant().equals(chart.variant().orElseThrow())
                && r.relativeLift().isComputed())
                || result.segmentDimension().isPresent();
    }

    private static String caption(ReportChart chart) {
        return switch (chart.kind()) {
            case FOREST_PLOT -> "Each line is one comparison: the dot is the relative lift, the bar its interval. "
                    + "A bar that crosses zero is not significant.";
            case EXPOSURES -> "Users entering each variant over time. Lines that drift apart from the designed split "
                    + "point to a sample ratio mismatch.";
            case CUMULATIVE_LIFT_BY_DAY, CUMULATIVE_LIFT_SINCE_EXPOSURE -> "The lift as it would have looked on each "
                    + "day. Early days are noisy; the band narrows as users accumulate. Stopping when the line first "
                    + "crosses a boundary overstates the effect unless the sequential view is on.";
        };
    }

    private static int roleOrder(AnalysisResult result, String metric) {
        MetricRole role = result.statistics().metric(metric).definition().role();
        return switch (role) {
            case GOAL -> 0;
            case GUARDRAIL -> 1;
            case SECONDARY -> 2;
        };
    }
}
