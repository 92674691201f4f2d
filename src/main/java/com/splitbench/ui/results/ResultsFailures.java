package com.splitbench.ui.results;

import com.splitbench.common.UserFacingException;

/** A failed computation of results, in words for the page (never a stack trace). */
final class ResultsFailures {

    private ResultsFailures() {
    }

    static String describe(Throwable failure) {
        if (failure instanceof UserFacingException) {
            return failure.getMessage();
        }
        System.getLogger(ResultsFailures.class.getName()).log(System.Logger.Level.ERROR,
                "The results could not be computed", failure);
        return "The results could not be computed with these choices. This is a bug in Splitbench; the details "
                + "are in the log. Try other choices, or reopen the experiment.";
    }
}
