package com.splitbench.ui.table;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a comparison means for the decision, which picks its colour: green for an improvement, red for a
 * regression, blue for a significant change with no preferred direction, grey when the data cannot tell.
 */
public enum Verdict {
    IMPROVEMENT,
    REGRESSION,
    CHANGE,
    INCONCLUSIVE;

    /**
     * @param estimate    the difference, treatment minus control (its sign is the direction of change)
     * @param significant whether the test rejected "no difference" at the chosen level
     */
    public static Verdict of(double estimate, boolean significant, DesiredDirection desired) {
        if (!significant || !Double.isFinite(estimate) || estimate == 0) {
            return INCONCLUSIVE;
        }
        return switch (desired) {
            case HIGHER_IS_BETTER -> estimate > 0 ? IMPROVEMENT : REGRESSION;
            case LOWER_IS_BETTER -> estimate < 0 ? IMPROVEMENT : REGRESSION;
            case NEITHER -> CHANGE;
        };
    }

    /** The CSS class that colours it. */
    public String styleClass() {
        return "verdict-" + name().toLowerCase(Locale.ROOT);
    }

    /** Every verdict's class, of which a node shows one (see {@code StyleClasses}). */
    public static List<String> styleClasses() {
        return Arrays.stream(values()).map(Verdict::styleClass).toList();
    }
}
