package com.splitbench.report.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings the JSON of an older report up to the current format, one version at a time, before it is bound to
 * {@link ReportJson}. When the format changes: bump {@link ReportJson#CURRENT_VERSION}, append the step from the
 * previous version here, and keep the committed fixture of every older version opening in
 * {@code ReportFormatFixtureTest}. Steps work on the JSON tree, so they never depend on old DTO classes.
 */
final class ReportMigrations {

    /** The steps of this Splitbench: version 1 is the first and current format, so there are none yet. */
    static final ReportMigrations STANDARD = new ReportMigrations(List.of(), ReportJson.CURRENT_VERSION);

    private final List<UnaryOperator<ObjectNode>> steps;
    private final int currentVersion;

    /**
     * @param steps step i turns version i + 1 into version i + 2
     * @param currentVersion the version after the last step
     */
    ReportMigrations(List<UnaryOperator<ObjectNode>> steps, int currentVersion) {
        if (steps.size() != currentVersion - 1) {
            throw new IllegalArgumentException("One step per version after the first: " + steps.size() + " steps for "
                    + "version " + currentVersion);
        }
        this.steps = List.copyOf(steps);
        this.currentVersion = currentVersion;
    }

    int currentVersion() {
        return currentVersion;
    }

    /** The report in the current version; {@code root} is changed in place or replaced by the steps. */
    ObjectNode migrate(ObjectNode root, int fromVersion) {
        if (fromVersion < 1 || fromVersion > currentVersion) {
            throw new IllegalArgumentException("No migration from version " + fromVersion);
        }
        ObjectNode migrated = root;
        for (int version = fromVersion; version < currentVersion; version++) {
            migrated = steps.get(version - 1).apply(migrated);
        }
        migrated.put("version", currentVersion);
        return migrated;
    }
}
