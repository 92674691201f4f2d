package com.splitbench.stats;

/**
 * An option or argument outside its range: a confidence level outside (0, 1), a tuning parameter that is not
 * positive, weights that are not positive, arrays of different lengths.
 */
public final class InvalidParameterException extends InvalidStatisticsInputException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String message) {
        super(message);
    }
}
