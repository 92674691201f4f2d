package com.splitbench.stats;

import com.splitbench.common.UserFacingException;

/**
 * Input the statistics engine refuses: counts below zero, conversions above the number of users, sums that are
 * NaN or infinite, sums of squares that no data could produce, or options outside their range. Each public method
 * of the engine names which subclass it throws, so callers can tell a data problem from a configuration problem.
 */
public abstract sealed class InvalidStatisticsInputException extends UserFacingException
        permits NegativeCountException, CountExceedsTotalException, NonFiniteInputException,
        InconsistentSumsException, InvalidParameterException {

    private static final long serialVersionUID = 1L;

    protected InvalidStatisticsInputException(String message) {
        super(message);
    }
}
