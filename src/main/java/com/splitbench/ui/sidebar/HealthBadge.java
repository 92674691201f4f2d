package com.splitbench.ui.sidebar;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The small label beside an experiment in the sidebar that says whether its data can be trusted.
 *
 * @param severity    how bad it is, which picks the colour
 * @param label       a word or two, e.g. "SRM"
 * @param explanation a sentence for the tooltip: what was found and what it means
 */
public record HealthBadge(Severity severity, String label, String explanation) {

    /** Colours: OK green, WARNING amber, PROBLEM red. */
    public enum Severity {
        OK, WARNING, PROBLEM;

        /** The CSS class that colours the badge ("health-ok" and so on). */
        public String styleClass() {
            return "health-" + name().toLowerCase(Locale.ROOT);
        }

        /** Every severity's class, of which a badge shows one. */
        public static List<String> styleClasses() {
            return Arrays.stream(values()).map(Severity::styleClass).toList();
        }
    }

    public HealthBadge {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The badge for an experiment's health checks. A sample ratio mismatch outweighs users seen in several
     * variants; both are explained in the tooltip when both occur.
     *
     * @param sampleRatioMismatch   whether the SRM test rejected the expected weights
     * @param usersInSeveralVariants users assigned to more than one variant (excluded from the analysis)
     */
    public static HealthBadge forExperiment(boolean sampleRatioMismatch, long usersInSeveralVariants) {
        if (usersInSeveralVariants < 0) {
            throw new IllegalArgumentException("usersInSeveralVariants must be >= 0, was " + usersInSeveralVariants);
        }
        String multi = usersInSeveralVariants == 0 ? ""
                : format(usersInSeveralVariants) + (usersInSeveralVariants == 1 ? " user was" : " users were")
                + " assigned to more than one variant and left out of the analysis.";
        if (sampleRatioMismatch) {
            return new HealthBadge(Severity.PROBLEM, "SRM", "Sample ratio mismatch: the users per variant differ "
                    + "from the expected split by more than chance explains, so the assignment may be broken and "
                    + "the results may be invalid." + (multi.isEmpty() ? "" : " " + multi));
        }
        if (usersInSeveralVariants > 0) {
            return new HealthBadge(Severity.WARNING, format(usersInSeveralVariants) + " in 2+ variants", multi);
        }
        return new HealthBadge(Severity.OK, "OK",
                "The split matches the expected weights and no user was seen in more than one variant.");
    }

    private static String format(long count) {
        return NumberFormat.getIntegerInstance(Locale.US).format(count);
    }
}
