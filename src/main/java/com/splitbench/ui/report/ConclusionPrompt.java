package com.splitbench.ui.report;

import com.splitbench.report.Conclusion;
import java.util.Optional;

/** Asks the author for the decision and notes a report carries. {@link ConclusionDialog} is the real one. */
@FunctionalInterface
public interface ConclusionPrompt {

    /**
     * Asks on the UI thread and waits for the answer.
     *
     * @param form what the dialog starts from: the report's title, choices and current conclusion
     * @return the conclusion, or empty when the user cancelled
     */
    Optional<Conclusion> ask(ConclusionViewModel form);
}
