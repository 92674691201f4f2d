package com.splitbench.ui.results;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.Correction;
import com.splitbench.stats.bayes.BayesianInference;
import com.splitbench.stats.bayes.CredibleInterval;
import com.splitbench.stats.comparison.ComparisonResult;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.CupedAdjustment;
import com.splitbench.stats.sequential.SequentialInference;

/** The parts of an explanation about the test: the p-value, the Bayesian view, and the choices applied. */
final class ResultTestExplanations {

    private ResultTestExplanations() {
    }

    static void pValue(StringBuilder text, AnalysisResult result, ResultRow row, ComparisonResult comparison) {
        if (comparison == null) {
            text.append("The control row has no p-value.\n");
            return;
        }
        AnalysisSettings settings = result.spec().settings();
        if (settings.sequential() && comparison.sequential().isComputed()) {
            SequentialInference sequential = comparison.sequential().orElseThrow();
            text.append("Always-valid p-value = ").append(Numbers.of(sequential.alwaysValidPValue()))
                    .append("\n  it stays valid however often the results are looked at\n  ")
                    .append(Numbers.of(sequential.totalUnits())).append(" users in both arms, N* = ")
                    .append(Numbers.of(sequential.tuningParameter())).append(", ρ = ")
                    .append(Numbers.of(sequential.rho())).append("\nMethod: ").append(sequential.method())
                    .append("\n");
        } else if (comparison.absolute().isComputed()) {
            AbsoluteDifference test = comparison.absolute().orElseThrow();
            text.append("Test statistic = Δ / SE₀ = ").append(Numbers.of(test.estimate())).append(" / ")
                    .append(Numbers.of(test.testStandardError())).append(" = ")
                    .append(Numbers.of(test.testStatistic())).append("\n  referred to the ")
                    .append(test.reference().describe()).append("\n  p = ").append(switch (test.sidedness()) {
                        case TWO_SIDED -> "2 · P(X > |statistic|)";
                        case GREATER -> "P(X > statistic)";
                        case LESS -> "P(X < statistic)";
                    }).append(" = ").append(Numbers.of(test.pValue())).append("\nMethod: ").append(test.method())
                    .append("\n");
        } else {
            text.append("Not computable: ").append(comparison.absolute().explanation()).append("\n");
        }
        if (row.inFamily()) {
            long family = result.rows().stream().filter(r -> r.inFamily() && r.segment().equals(row.segment()))
                    .count();
            text.append("Adjusted (").append(correctionName(settings.correction())).append(", family of ")
                    .append(family).append(" goal comparisons").append(row.segment().isPresent()
                            ? " in this segment" : "").append("): p = ")
                    .append(Numbers.of(ResultLines.value(row.pValueAdjusted()))).append("\n");
        } else if (settings.correction() != Correction.NONE) {
            text.append("Not adjusted: only goal metrics form the multiple-testing family.\n");
        }
    }

    static void bayesian(StringBuilder text, ComparisonResult comparison) {
        if (comparison == null || !comparison.bayesian().isComputed()) {
            text.append(comparison == null ? "The control row has no chance to win.\n"
                    : "Bayesian view: " + explanation(comparison.bayesian().explanation()) + "\n");
            return;
        }
        BayesianInference bayes = comparison.bayesian().orElseThrow();
        CredibleInterval lift = bayes.relativeLift();
        text.append("Chance that the variant beats control = ").append(Numbers.of(bayes.chanceToBeatControl()))
                .append("\nChance that control is better = ").append(Numbers.of(bayes.chanceControlIsBetter()))
                .append("\nExpected loss if the variant ships = ")
                .append(Numbers.of(bayes.expectedLossIfTreatmentShipped()))
                .append("\nExpected loss if control is kept = ").append(Numbers.of(bayes.expectedLossIfControlKept()))
                .append("\n").append(Numbers.percent(lift.level())).append(" credible interval of the lift = [")
                .append(Numbers.of(lift.lower())).append(", ").append(Numbers.of(lift.upper()))
                .append("]\nMethod: ").append(bayes.method()).append("\n");
    }

    static void choices(StringBuilder text, AnalysisResult result, ResultRow row, ComparisonResult comparison) {
        AnalysisSettings settings = result.spec().settings();
        text.append("Choices applied\n  baseline: ").append(result.control())
                .append("\n  confidence level: ").append(Numbers.percent(settings.confidenceLevel()))
                .append("\n  correction: ").append(correctionName(settings.correction()))
                .append("\n  CUPED: ").append(cuped(settings, comparison))
                .append("\n  sequential: ").append(settings.sequential() ? "on, N* = "
                        + Numbers.of(settings.sequentialTuning()) : "off (fixed horizon)")
                .append("\n  Bayesian view: ").append(!settings.bayesian() ? "off" : settings.bayesianPriorSd()
                        .map(sd -> "on, prior N(0, " + Numbers.of(sd) + "²) on the lift")
                        .orElse("on, flat prior (Beta(1, 1) for rates)"))
                .append("\n  segment: ").append(row.segment().map(value -> result.segmentDimension().orElse("")
                        + " = " + value).orElse("none (all users)")).append("\n");
    }

    private static String cuped(AnalysisSettings settings, ComparisonResult comparison) {
        if (!settings.cupedEnabled()) {
            return "off";
        }
        if (comparison == null || comparison.cuped() instanceof com.splitbench.stats.Outcome.NotRequested) {
            return "not used by this metric";
        }
        if (!comparison.cuped().isComputed()) {
            return "not applied: " + explanation(comparison.cuped().explanation());
        }
        CupedAdjustment cuped = comparison.cuped().orElseThrow();
        return "θ = " + Numbers.of(cuped.theta()) + ", variance reduced by " + Numbers.percent(cuped.varianceReduction())
                + " (covariate mean " + Numbers.of(cuped.pooledCovariateMean()) + ")";
    }

    private static String correctionName(Correction correction) {
        return switch (correction) {
            case NONE -> "none";
            case HOLM -> "Holm";
            case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
        };
    }

    private static String explanation(String reason) {
        return reason.equals("not requested") ? "off" : reason;
    }
}
