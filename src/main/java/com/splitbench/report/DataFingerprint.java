package com.splitbench.report;

import com.splitbench.analysis.model.HealthCounts;
import java.util.Objects;

/**
 * What identifies the data a report was computed from: the source (imported files with their SHA-256 and row
 * counts, or a warehouse query) and the exclusion counts of the analysis. Verify compares it with the data at hand.
 */
public record DataFingerprint(SourceDescription source, HealthCounts exclusions) {

    public DataFingerprint {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(exclusions, "exclusions");
    }
}
