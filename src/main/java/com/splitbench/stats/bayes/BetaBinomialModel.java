package com.splitbench.stats.bayes;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.summary.SampleSummary;

/**
 * The Bayesian view of a binary metric: independent Beta(1 + conversions, 1 + non-conversions) posteriors (Beta(1, 1)
 * prior), the exact chance to beat control, the expected loss of each decision and equal-tailed credible intervals.
 *
 * <p>Expected loss uses the size-biased identity E[p 1{p &gt; q}] = E[p] P(p' &gt; q) with p' ~ Beta(alpha + 1,
 * beta) (Chris Stucchio 2015, "Bayesian A/B testing at VWO"), so it is exact too:
 * E[max(pC - pT, 0)] = E[pC] P(pC' &gt; pT) - E[pT] P(pC &gt; pT').
 */
public final class BetaBinomialModel {

    public static final String METHOD = "Beta-binomial model, Beta(1, 1) prior; exact chance to beat by the "
            + "beta-negative-binomial sum (Evan Miller 2015); expected loss by the size-biased Beta identity; "
            + "equal-tailed credible intervals by quadrature";

    private BetaBinomialModel() {
    }

    /**
     * Analyses two binary arms.
     *
     * @param credibleLevel the credible level, in (0, 1)
     * @throws com.splitbench.stats.InvalidParameterException if the level is outside (0, 1)
     */
    public static Outcome<BayesianInference> analyse(SampleSummary control, SampleSummary treatment,
                                                     double credibleLevel) {
        InputChecks.confidenceLevel(credibleLevel);
        if (control.n() == 0 || treatment.n() == 0) {
            return Outcome.notComputable("An arm has no units; the posterior would be the prior alone.");
        }
        BetaPosterior c = BetaPosterior.withUniformPrior(control.n(), Math.round(control.sum()));
        BetaPosterior t = BetaPosterior.withUniformPrior(treatment.n(), Math.round(treatment.sum()));
        ChanceToBeat.Probabilities chance = ChanceToBeat.exact(c, t);
        // first: P(pC' > pT) and P(pT > pC'); second: P(pT' > pC) and P(pC > pT').
        ChanceToBeat.Probabilities first = ChanceToBeat.exact(t, c.withOneMoreSuccess());
        ChanceToBeat.Probabilities second = ChanceToBeat.exact(c, t.withOneMoreSuccess());
        double lossShipping = Math.max(0, c.mean() * first.treatmentBetter() - t.mean() * second.controlBetter());
        double lossKeeping = Math.max(0, t.mean() * second.treatmentBetter() - c.mean() * first.controlBetter());

        double tail = (1 - credibleLevel) / 2;
        BetaTable controlTable = c.table();
        BetaTable treatmentTable = t.table();
        PosteriorContrast contrast = new PosteriorContrast(c, t);
        CredibleInterval difference = new CredibleInterval(contrast.differenceQuantile(tail),
                contrast.differenceQuantile(1 - tail), credibleLevel);
        CredibleInterval relative = new CredibleInterval(contrast.relativeQuantile(tail),
                contrast.relativeQuantile(1 - tail), credibleLevel);
        return Outcome.computed(new BetaBinomialInference(c, t, chance.treatmentBetter(), chance.controlBetter(),
                lossShipping, lossKeeping, interval(controlTable, tail, credibleLevel),
                interval(treatmentTable, tail, credibleLevel), difference, relative, METHOD));
    }

    private static CredibleInterval interval(BetaTable table, double tail, double level) {
        return new CredibleInterval(table.quantile(tail), table.quantile(1 - tail), level);
    }
}
