package com.splitbench.stats;

/**
 * Sums that no data could produce: a sum of squared deviations below zero, a cross moment that breaks the
 * Cauchy-Schwarz inequality, or a binary metric whose sums are not those of 0/1 values.
 */
public final class InconsistentSumsException extends InvalidStatisticsInputException {

    private static final long serialVersionUID = 1L;

    public InconsistentSumsException(String message) {
        super(message);
    }
}
