package com.splitbench.stats.summary;

import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.InputChecks;

/**
 * One arm of a metric analysed with CUPED: per-unit outcome y (the metric during the experiment) and covariate x
 * (the same metric before exposure), with their sums and centred second and cross moments.
 *
 * @param n units, &ge; 0
 * @param sumOutcome sum of y
 * @param sumCovariate sum of x
 * @param outcomeSquaredDeviations sum of squared deviations of y, &ge; 0
 * @param covariateSquaredDeviations sum of squared deviations of x, &ge; 0
 * @param crossDeviations sum of products of the deviations of y and x, within the Cauchy-Schwarz bound
 */
public record CovariateSummary(long n, double sumOutcome, double sumCovariate, double outcomeSquaredDeviations,
                               double covariateSquaredDeviations, double crossDeviations) implements ArmSummary {

    /**
     * @throws com.splitbench.stats.NegativeCountException if n &lt; 0
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     * @throws InconsistentSumsException if the moments could not come from one set of units
     */
    public CovariateSummary {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.finite(sumOutcome, "sum of the outcome");
        InputChecks.finite(sumCovariate, "sum of the covariate");
        if (n == 0 && (sumOutcome != 0 || sumCovariate != 0)) {
            throw new InconsistentSumsException("an arm with no units has non-zero sums.");
        }
        PairedMoments.validate(n, outcomeSquaredDeviations, covariateSquaredDeviations, crossDeviations);
    }

    /**
     * From raw sums: n, sum y, sum y^2, sum x, sum x^2, sum xy.
     *
     * @throws com.splitbench.stats.NegativeCountException if n &lt; 0
     * @throws com.splitbench.stats.NonFiniteInputException if a sum is NaN or infinite
     * @throws InconsistentSumsException if the sums could not come from one set of units
     */
    public static CovariateSummary fromSums(long n, double sumOutcome, double sumOutcomeSquares, double sumCovariate,
                                            double sumCovariateSquares, double sumProducts) {
        InputChecks.nonNegative(n, "number of units");
        InputChecks.finite(sumOutcome, "sum of the outcome");
        InputChecks.finite(sumCovariate, "sum of the covariate");
        PairedMoments moments = PairedMoments.fromSums(n, sumOutcome, sumOutcomeSquares, sumCovariate,
                sumCovariateSquares, sumProducts, "outcome", "covariate");
        return new CovariateSummary(n, sumOutcome, sumCovariate, moments.firstSquaredDeviations(),
                moments.secondSquaredDeviations(), moments.crossDeviations());
    }

    /**
     * From per-unit outcomes and covariates.
     *
     * @throws com.splitbench.stats.InvalidParameterException if the arrays differ in length
     * @throws com.splitbench.stats.NonFiniteInputException if a value is NaN or infinite
     */
    public static CovariateSummary ofValues(double[] outcomes, double[] covariates) {
        RatioSummary.requireSameLength(outcomes, covariates);
        PairedMoments moments = PairedMoments.ofValues(outcomes, covariates);
        return new CovariateSummary(outcomes.length, CompensatedMoments.sum(outcomes),
                CompensatedMoments.sum(covariates), moments.firstSquaredDeviations(),
                moments.secondSquaredDeviations(), moments.crossDeviations());
    }

    /** The outcome alone, for the unadjusted analysis. */
    public SampleSummary outcome() {
        return new SampleSummary(n, sumOutcome, outcomeSquaredDeviations);
    }

    /** The covariate alone. */
    public SampleSummary covariate() {
        return new SampleSummary(n, sumCovariate, covariateSquaredDeviations);
    }
}
