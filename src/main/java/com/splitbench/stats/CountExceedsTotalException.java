package com.splitbench.stats;

/** A count exceeds the total it is part of, for example conversions above the number of users. */
public final class CountExceedsTotalException extends InvalidStatisticsInputException {

    private static final long serialVersionUID = 1L;

    public CountExceedsTotalException(String message) {
        super(message);
    }
}
