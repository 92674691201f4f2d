package com.splitbench.report.export;

import static com.splitbench.report.export.HtmlText.escape;

import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * What was computed and how, in words, with citations a reader can look up (no links: the page loads nothing).
 * Only the methods the results actually used are listed. See docs/statistics.md for the details.
 */
final class HtmlMethodology {

    private HtmlMethodology() {
    }

    static void write(StringBuilder out, AnalysisResult result) {
        AnalysisSettings s = result.spec().settings();
        ExperimentDefinition experiment = result.spec().experiment();
        List<MetricStatistics> metrics = result.statistics().metrics();
        out.append("<h2>Methodology</h2>\n<ul class=\"method\">\n");
        item(out, "Each user counts from their first exposure to the experiment. Users assigned to more than one "
                + "variant are left out" + experiment.from().map(f -> ", as are users first exposed before " + f)
                .orElse("") + experiment.to().map(t -> "; the analysis ends at " + t).orElse("")
                + ". Events before a user's exposure never count.");
        item(out, "Intervals are " + NumberText.percentLevel(s.confidenceLevel()) + " two-sided; a comparison is "
                + "significant when its interval excludes no change.");
        if (has(metrics, StatisticType.BINARY)) {
            item(out, "Binary metrics (conversion rates): two-proportion z-test with the pooled standard error for "
                    + "the p-value and the unpooled (Wald) interval for the difference, as R's prop.test without "
                    + "continuity correction.");
        }
        if (has(metrics, StatisticType.MEAN)) {
            item(out, "Mean metrics (per user, zero for users without events): Welch's t-test with "
                    + "Welch–Satterthwaite degrees of freedom (Welch 1947, Biometrika 34).");
        }
        if (has(metrics, StatisticType.RATIO)) {
            item(out, "Ratio metrics: the delta method over users, including the covariance of numerator and "
                    + "denominator (Deng, Knoblich and Lu 2018, “Applying the Delta Method in Metric Analytics”, "
                    + "KDD).");
        }
        item(out, "Relative lifts and their intervals: the delta method, which includes the noise of the control "
                + "mean.");
        cuped(out, result, s);
        item(out, switch (s.correction()) {
            case NONE -> "No correction for multiple testing: with many metrics and variants, some comparisons look "
                    + "significant by chance.";
            case HOLM -> "Holm's step-down correction (Holm 1979, Scandinavian Journal of Statistics 6) over goal "
                    + "metrics × treatments; their intervals are widened to agree with the adjusted p-values. "
                    + "Guardrail and secondary metrics are not in the family.";
            case BENJAMINI_HOCHBERG -> "Benjamini–Hochberg false-discovery-rate control (Benjamini and Hochberg "
                    + "1995, JRSS B 57) over goal metrics × treatments; their intervals are widened to agree with "
                    + "the adjusted p-values. Guardrail and secondary metrics are not in the family.";
        });
        if (s.sequential()) {
            item(out, "Sequential view: always-valid p-values and asymptotic confidence sequences (Waudby-Smith, "
                    + "Arbour, Sinha, Kennedy and Ramdas 2023, arXiv:2103.06476) tuned with N* = "
                    + NumberText.number(OptionalDouble.of(s.sequentialTuning()), false) + "; they stay valid however "
                    + "often the results are looked at.");
        }
        if (s.bayesian()) {
            item(out, "Bayesian view: chance to win from Beta(1, 1) posteriors for binary metrics, computed exactly "
                    + "(Miller 2015), and from a normal model of the relative lift for the others with "
                    + s.bayesianPriorSd().map(sd -> "a N(0, " + sd + "²) prior").orElse("a flat prior")
                    + " (Gelman et al., Bayesian Data Analysis, 3rd ed., §2.5).");
        }
        item(out, "Sample ratio mismatch: Pearson's chi-square test of users per variant against the designed split, "
                + "flagged below p = " + s.srmThreshold() + " (Fabijan et al. 2019, KDD).");
        metricChoices(out, metrics);
        out.append("</ul>\n");
    }

    private static void cuped(StringBuilder out, AnalysisResult result, AnalysisSettings s) {
        List<MetricStatistics> withCovariate = result.statistics().metrics().stream()
                .filter(m -> m.hasCovariate() && m.type() != StatisticType.RATIO).toList();
        if (withCovariate.isEmpty()) {
            return;
        }
        String names = withCovariate.stream().map(m -> escape(m.name()) + " (" + lookback(m.definition()) + ")")
                .collect(Collectors.joining(", "));
        if (s.cupedEnabled()) {
            out.append("<li>CUPED variance reduction (Deng, Xu, Kohavi and Walker 2013, “Improving the Sensitivity of "
                    + "Online Controlled Experiments by Utilizing Pre-Experiment Data”, WSDM) on ").append(names)
                    .append(", with θ pooled over all variants. The relative lift is against the unadjusted control "
                            + "mean.</li>\n");
        } else {
            out.append("<li>CUPED is configured for ").append(names)
                    .append(" but switched off for these results.</li>\n");
        }
    }

    private static String lookback(MetricDefinition metric) {
        return metric.kind() instanceof com.splitbench.spec.MetricKind.Column column
                ? "covariate " + column.covariateColumn()
                : "covariate over " + NumberText.duration(metric.cuped().lookback()) + " before exposure";
    }

    private static void metricChoices(StringBuilder out, List<MetricStatistics> metrics) {
        for (MetricStatistics metric : metrics) {
            MetricDefinition d = metric.definition();
            StringBuilder choices = new StringBuilder();
            if (d.capping() instanceof Capping.Absolute a) {
                choices.append("per-user values capped at ").append(a.cap());
            } else if (d.capping() instanceof Capping.Percentile p) {
                choices.append("per-user values capped at the pooled ").append(NumberText.percentLevel(p.percentile()))
                        .append(" percentile").append(metric.cap().isPresent() ? " (" + NumberText.number(metric.cap(),
                        false) + ")" : "");
            }
            if (!d.window().equals(ConversionWindow.FROM_EXPOSURE)) {
                choices.append(choices.length() > 0 ? "; " : "").append("events count from ")
                        .append(NumberText.duration(d.window().startOffset())).append(" after exposure")
                        .append(d.window().length().map(l -> " for " + NumberText.duration(l)).orElse(""));
            }
            if (choices.length() > 0) {
                out.append("<li>").append(escape(d.name())).append(": ").append(escape(choices.toString()))
                        .append(".</li>\n");
            }
        }
    }

    private static boolean has(List<MetricStatistics> metrics, StatisticType type) {
        return metrics.stream().anyMatch(m -> m.type() == type);
    }

    private static void item(StringBuilder out, String text) {
        out.append("<li>").append(escape(text)).append("</li>\n");
    }
}
