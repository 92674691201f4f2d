package com.splitbench.ui.experiment;

import com.splitbench.common.UserFacingException;
import java.lang.System.Logger.Level;

/** Why an experiment could not be analysed, in words for its page (never a stack trace). */
final class ExperimentFailures {

    private ExperimentFailures() {
    }

    static String describe(String key, Throwable failure) {
        if (failure instanceof UserFacingException) {
            return failure.getMessage();
        }
        System.getLogger(ExperimentFailures.class.getName()).log(Level.ERROR, "Analysing " + key + " failed", failure);
        return "Splitbench could not analyse " + key + ". This is a bug; the details are in the log (Help ▸ About "
                + "Splitbench says where it is). Reopening the workspace may help.";
    }
}
