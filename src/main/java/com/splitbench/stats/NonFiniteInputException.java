package com.splitbench.stats;

/** A sum or value is NaN or infinite. */
public final class NonFiniteInputException extends InvalidStatisticsInputException {

    private static final long serialVersionUID = 1L;

    public NonFiniteInputException(String message) {
        super(message);
    }
}
