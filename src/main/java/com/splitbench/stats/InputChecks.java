package com.splitbench.stats;

/** The preconditions shared by the engine's public methods, each throwing its specific exception. */
public final class InputChecks {

    private InputChecks() {
    }

    /** @throws NegativeCountException if value &lt; 0 */
    public static long nonNegative(long value, String what) {
        if (value < 0) {
            throw new NegativeCountException(what + " is " + value + "; counts cannot be negative. "
                    + "Check the query or file that produced it.");
        }
        return value;
    }

    /** @throws NonFiniteInputException if value is NaN or infinite */
    public static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteInputException(what + " is " + value + "; it must be a finite number. "
                    + "Check for missing or overflowing values in the data.");
        }
        return value;
    }

    /** @throws InvalidParameterException unless 0 &lt; level &lt; 1 */
    public static double confidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidParameterException("confidence level is " + level + "; it must lie strictly between "
                    + "0 and 1, for example 0.95.");
        }
        return level;
    }

    /** @throws InvalidParameterException unless 0 &lt; p &lt; 1 */
    public static double openUnitInterval(double p, String what) {
        if (!(p > 0 && p < 1)) {
            throw new InvalidParameterException(what + " is " + p + "; it must lie strictly between 0 and 1.");
        }
        return p;
    }

    /** @throws InvalidParameterException unless value &gt; 0 and finite */
    public static double positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidParameterException(what + " is " + value + "; it must be a positive finite number.");
        }
        return value;
    }
}
