package com.splitbench.stats.inference;

import com.splitbench.stats.Sidedness;

/** The distribution a test statistic is referred to: the standard normal or Student's t. */
public sealed interface ReferenceDistribution permits ReferenceDistribution.Normal, ReferenceDistribution.StudentT {

    /** Returns P(X &gt; x). */
    double survival(double x);

    /** Returns x with P(X &gt; x) = q. */
    double upperQuantile(double q);

    /** A short description for the "explain this number" view. */
    String describe();

    /**
     * Returns the p-value of a statistic: 2 P(X &gt; |x|) two-sided, P(X &gt; x) for GREATER, P(X &lt; x) for
     * LESS. Tails come from the survival function, so p-values stay exact down to about 1e-300.
     */
    default double pValue(double statistic, Sidedness sidedness) {
        return switch (sidedness) {
            case TWO_SIDED -> Math.min(1, 2 * survival(Math.abs(statistic)));
            case GREATER -> survival(statistic);
            case LESS -> survival(-statistic);
        };
    }

    /** The standard normal distribution (z-tests). */
    record Normal() implements ReferenceDistribution {
        @Override
        public double survival(double x) {
            return com.splitbench.stats.distribution.StandardNormal.survival(x);
        }

        @Override
        public double upperQuantile(double q) {
            return com.splitbench.stats.distribution.StandardNormal.upperQuantile(q);
        }

        @Override
        public String describe() {
            return "standard normal";
        }
    }

    /**
     * Student's t with possibly fractional degrees of freedom (Welch-Satterthwaite).
     *
     * @param degreesOfFreedom &gt; 0
     */
    record StudentT(double degreesOfFreedom) implements ReferenceDistribution {
        public StudentT {
            if (!(degreesOfFreedom > 0)) {
                throw new IllegalArgumentException("degrees of freedom must be > 0: " + degreesOfFreedom);
            }
        }

        @Override
        public double survival(double x) {
            return com.splitbench.stats.distribution.StudentT.survival(x, degreesOfFreedom);
        }

        @Override
        public double upperQuantile(double q) {
            return com.splitbench.stats.distribution.StudentT.upperQuantile(q, degreesOfFreedom);
        }

        @Override
        public String describe() {
            return "Student t with " + degreesOfFreedom + " degrees of freedom";
        }
    }
}
