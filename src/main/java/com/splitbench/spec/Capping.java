package com.splitbench.spec;

/** How extreme per-user values are limited before comparison. */
public sealed interface Capping permits Capping.None, Capping.Absolute, Capping.Percentile {

    None NONE = new None();

    /** Values are used as they are. */
    record None() implements Capping {
    }

    /** Per-user values above {@code cap} are set to {@code cap}. */
    record Absolute(double cap) implements Capping {
        public Absolute {
            if (!Double.isFinite(cap) || cap <= 0) {
                throw new InvalidSpecException("An absolute cap must be a positive number, got " + cap + ".");
            }
        }
    }

    /**
     * Per-user values above the {@code percentile} of the pooled per-user values (all variants, R-7 definition)
     * are set to that percentile. {@code percentile} is a fraction, e.g. 0.99.
     */
    record Percentile(double percentile) implements Capping {
        public Percentile {
            if (!(percentile > 0 && percentile < 1)) {
                throw new InvalidSpecException("A capping percentile must be between 0 and 1 (e.g. 0.99), got "
                        + percentile + ".");
            }
        }
    }
}
