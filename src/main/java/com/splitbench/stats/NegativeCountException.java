package com.splitbench.stats;

/** A count (units, conversions, observations) is below zero. */
public final class NegativeCountException extends InvalidStatisticsInputException {

    private static final long serialVersionUID = 1L;

    public NegativeCountException(String message) {
        super(message);
    }
}
