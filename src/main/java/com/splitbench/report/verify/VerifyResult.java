package com.splitbench.report.verify;

import java.util.List;

/**
 * What verify found: every difference between a report and the data at hand, and how much was compared.
 *
 * @param experimentKey the experiment
 * @param differences every difference, fingerprint first, then statistics, then results
 * @param filesChecked imported files (or warehouse sources) compared
 * @param numbersChecked numbers compared in the statistics and results
 * @param relativeTolerance two numbers closer than this, relative to the larger, count as equal
 */
public record VerifyResult(String experimentKey, List<Difference> differences, int filesChecked,
        long numbersChecked, double relativeTolerance) {

    public VerifyResult {
        differences = List.copyOf(differences);
    }

    /** True when nothing differs. */
    public boolean matches() {
        return differences.isEmpty();
    }

    public List<Difference> in(Difference.Section section) {
        return differences.stream().filter(d -> d.section() == section).toList();
    }
}
