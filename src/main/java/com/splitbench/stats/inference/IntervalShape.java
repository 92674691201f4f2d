package com.splitbench.stats.inference;

import com.splitbench.stats.Sidedness;

/**
 * How an interval's half-width follows from the standard error and the level: a fixed-horizon quantile of a
 * reference distribution, or the boundary of an asymptotic confidence sequence. Keeping the shape lets multiple
 * testing recompute the same interval at a stricter level.
 */
public sealed interface IntervalShape permits IntervalShape.FixedHorizon, IntervalShape.ConfidenceSequence {

    /**
     * Returns m such that the interval is estimate -+ m standard errors at significance level alpha
     * (alpha / 2 in each tail when two-sided, alpha in the one tail otherwise).
     */
    double multiplier(double alpha, Sidedness sidedness);

    /** A short description for the "explain this number" view. */
    String describe();

    /** A fixed-horizon interval from a reference distribution's quantile. */
    record FixedHorizon(ReferenceDistribution reference) implements IntervalShape {
        @Override
        public double multiplier(double alpha, Sidedness sidedness) {
            return reference.upperQuantile(sidedness == Sidedness.TWO_SIDED ? alpha / 2 : alpha);
        }

        @Override
        public String describe() {
            return "fixed-horizon interval, " + reference.describe();
        }
    }

    /**
     * The asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas (2023), "Time-uniform
     * central limit theory and asymptotic confidence sequences", arXiv:2103.06476, with the normal-mixture boundary
     * as GrowthBook's gbstats and Eppo implement it: half-width = se sqrt(2 (t rho^2 + 1) / (t rho^2)
     * ln(sqrt(t rho^2 + 1) / alpha)), where t is the total number of units in both arms. Rho stays the one tuned
     * for the nominal level, so the sequence at a stricter alpha excludes 0 exactly when the always-valid p-value
     * is below that alpha.
     *
     * @param totalUnits units in both arms, &ge; 1
     * @param rho mixture parameter, &gt; 0
     */
    record ConfidenceSequence(long totalUnits, double rho) implements IntervalShape {
        public ConfidenceSequence {
            if (totalUnits < 1 || !(rho > 0)) {
                throw new IllegalArgumentException("need totalUnits >= 1 and rho > 0: " + totalUnits + ", " + rho);
            }
        }

        @Override
        public double multiplier(double alpha, Sidedness sidedness) {
            if (sidedness != Sidedness.TWO_SIDED) {
                throw new IllegalArgumentException("confidence sequences are two-sided only");
            }
            double scaled = totalUnits * rho * rho;
            return Math.sqrt(2 * (1 + 1 / scaled) * (0.5 * Math.log1p(scaled) - Math.log(alpha)));
        }

        @Override
        public String describe() {
            return "asymptotic confidence sequence (Waudby-Smith et al. 2023), " + totalUnits + " units, rho = "
                    + rho;
        }
    }
}
