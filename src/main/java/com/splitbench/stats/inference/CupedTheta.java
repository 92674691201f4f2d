package com.splitbench.stats.inference;

import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.summary.CovariateSummary;
import java.util.List;

/**
 * The CUPED coefficient theta = cov(x, y) / var(x), estimated on the pooled sample of all arms (Deng, Xu, Kohavi
 * and Walker 2013, "Improving the sensitivity of online controlled experiments by utilizing pre-experiment data",
 * WSDM), with the pooled covariate mean the adjustment centres on.
 *
 * <p>Pooling over every arm of the experiment (not just the two being compared) keeps one theta per metric, so all
 * comparisons share the adjustment. The pooled moments combine the arms' centred moments with Chan, Golub and
 * LeVeque's parallel formula, so no large sums are subtracted.
 *
 * @param theta the coefficient
 * @param pooledCovariateMean mean of x over all arms
 * @param pooledUnits units over all arms
 */
public record CupedTheta(double theta, double pooledCovariateMean, long pooledUnits) {

    /**
     * Estimates theta from all arms of an experiment.
     *
     * @return theta, or not computable when there are fewer than 2 units or the covariate has no variance (the
     *     caller then falls back to the unadjusted analysis and says so)
     * @throws InvalidParameterException if the list is empty
     */
    public static Outcome<CupedTheta> pooled(List<CovariateSummary> arms) {
        if (arms.isEmpty()) {
            throw new InvalidParameterException("CUPED needs at least one arm to estimate theta.");
        }
        long units = 0;
        double sumX = 0;
        double sumY = 0;
        for (CovariateSummary arm : arms) {
            units += arm.n();
            sumX += arm.sumCovariate();
            sumY += arm.sumOutcome();
        }
        if (units < 2) {
            return Outcome.notComputable("CUPED needs at least 2 units to estimate theta; the analysis is "
                    + "unadjusted.");
        }
        double meanX = sumX / units;
        double meanY = sumY / units;
        double squares = 0;
        double products = 0;
        for (CovariateSummary arm : arms) {
            if (arm.n() == 0) {
                continue;
            }
            double dx = arm.sumCovariate() / arm.n() - meanX;
            double dy = arm.sumOutcome() / arm.n() - meanY;
            squares += arm.covariateSquaredDeviations() + arm.n() * dx * dx;
            products += arm.crossDeviations() + arm.n() * dx * dy;
        }
        if (!(squares > 0)) {
            return Outcome.notComputable("The pre-exposure covariate has no variance, so CUPED cannot adjust; the "
                    + "analysis is unadjusted.");
        }
        return Outcome.computed(new CupedTheta(products / squares, meanX, units));
    }
}
