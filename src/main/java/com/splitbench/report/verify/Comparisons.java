package com.splitbench.report.verify;

import com.splitbench.report.verify.Difference.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects differences while counting what was compared. Counts compare exactly; other numbers within a relative
 * tolerance, because a recomputation may add the same values in another order (and a later Splitbench may round
 * differently) without anything having changed.
 */
final class Comparisons {

    /** Relative tolerance: far above rounding (1e-16 per operation), far below any change in the data. */
    static final double RELATIVE_TOLERANCE = 1e-9;
    /** Differences below this are rounding around zero. */
    static final double ABSOLUTE_TOLERANCE = 1e-12;

    private final Section section;
    private final List<Difference> differences = new ArrayList<>();
    private long checked;

    Comparisons(Section section) {
        this.section = section;
    }

    void count(String metric, String variant, String where, String field, long report, long current) {
        checked++;
        if (report != current) {
            add(metric, variant, where, field, Long.toString(report), Long.toString(current));
        }
    }

    void number(String metric, String variant, String where, String field, double report, double current) {
        checked++;
        if (!close(report, current)) {
            add(metric, variant, where, field, Double.toString(report), Double.toString(current));
        }
    }

    void text(String metric, String variant, String where, String field, String report, String current) {
        checked++;
        if (!report.equals(current)) {
            add(metric, variant, where, field, report, current);
        }
    }

    void add(String metric, String variant, String where, String field, String report, String current) {
        differences.add(new Difference(section, metric, variant, where, field, report, current));
    }

    static boolean close(double a, double b) {
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
            return true;
        }
        double difference = Math.abs(a - b);
        return difference <= ABSOLUTE_TOLERANCE || difference <= RELATIVE_TOLERANCE * Math.max(Math.abs(a),
                Math.abs(b));
    }

    List<Difference> differences() {
        return differences;
    }

    long checked() {
        return checked;
    }
}
