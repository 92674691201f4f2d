package com.splitbench.report.verify;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import com.splitbench.report.file.StatisticsJson;
import com.splitbench.report.verify.Difference.Section;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares a report's sufficient statistics with statistics recomputed from the data, number by number: users and
 * exposures per variant, users per segment, and every moment of every metric overall, per segment and per day.
 * Variants, metrics, segments and days are matched by name, so one added variant shows as one difference rather
 * than shifting every column.
 */
final class StatisticsComparison {

    private final ExperimentStatistics report;
    private final ExperimentStatistics current;
    private final Comparisons out = new Comparisons(Section.STATISTICS);
    private final List<String> variants;

    private StatisticsComparison(ExperimentStatistics report, ExperimentStatistics current) {
        this.report = report;
        this.current = current;
        this.variants = report.variants().stream().filter(current.variants()::contains).toList();
    }

    static Comparisons compare(ExperimentStatistics report, ExperimentStatistics current) {
        StatisticsComparison comparison = new StatisticsComparison(report, current);
        comparison.run();
        return comparison.out;
    }

    private void run() {
        for (String name : union(report.variants(), current.variants())) {
            if (!variants.contains(name)) {
                out.add("", name, "", "variant", presence(report.variants().contains(name)),
                        presence(current.variants().contains(name)));
            }
        }
        counts("", "overall", "users", report.users(), report.variants(), current.users(), current.variants());
        for (String day : union(report.exposures().days(), current.exposures().days())) {
            int r = report.exposures().days().indexOf(day);
            int c = current.exposures().days().indexOf(day);
            if (r < 0 || c < 0) {
                out.add("", "", "day " + day, "exposures", presence(r >= 0), presence(c >= 0));
            } else {
                counts("", "day " + day, "exposures", report.exposures().counts().get(r), report.variants(),
                        current.exposures().counts().get(c), current.variants());
            }
        }
        nested(report.segments(), current.segments(), "", (where, r, c) -> counts("", where, "users", r,
                report.variants(), c, current.variants()));
        Map<String, MetricStatistics> currentMetrics = byName(current.metrics());
        Map<String, MetricStatistics> reportMetrics = byName(report.metrics());
        for (String name : union(List.copyOf(reportMetrics.keySet()), List.copyOf(currentMetrics.keySet()))) {
            MetricStatistics r = reportMetrics.get(name);
            MetricStatistics c = currentMetrics.get(name);
            if (r == null || c == null) {
                out.add(name, "", "", "metric", presence(r != null), presence(c != null));
            } else {
                metric(r, c);
            }
        }
    }

    private void metric(MetricStatistics r, MetricStatistics c) {
        String name = r.name();
        out.text(name, "", "", "type", r.type().name().toLowerCase(Locale.ROOT),
                c.type().name().toLowerCase(Locale.ROOT));
        if (r.cap().isPresent() && c.cap().isPresent()) {
            out.number(name, "", "", "cap", r.cap().getAsDouble(), c.cap().getAsDouble());
        } else if (r.cap().isPresent() != c.cap().isPresent()) {
            out.add(name, "", "", "cap", presence(r.cap().isPresent()), presence(c.cap().isPresent()));
        }
        moments(name, "overall", r.overall(), c.overall());
        nested(r.segments(), c.segments(), name, (where, a, b) -> moments(name, where, a, b));
        series(name, "day ", "", r.calendar(), c.calendar());
        series(name, "day ", " since exposure", r.sinceExposure(), c.sinceExposure());
        distribution(name, r.distribution(), c.distribution());
    }

    private void series(String metric, String prefix, String suffix, List<SeriesPoint> r, List<SeriesPoint> c) {
        Map<String, List<Moments>> report = new LinkedHashMap<>();
        r.forEach(p -> report.put(p.label(), p.moments()));
        Map<String, List<Moments>> now = new LinkedHashMap<>();
        c.forEach(p -> now.put(p.label(), p.moments()));
        for (String label : union(List.copyOf(report.keySet()), List.copyOf(now.keySet()))) {
            String where = prefix + label + suffix;
            if (!report.containsKey(label) || !now.containsKey(label)) {
                out.add(metric, "", where, "point", presence(report.containsKey(label)),
                        presence(now.containsKey(label)));
            } else {
                moments(metric, where, report.get(label), now.get(label));
            }
        }
    }

    private void moments(String metric, String where, List<Moments> r, List<Moments> c) {
        for (String variant : variants) {
            double[] a = r.get(report.variantIndex(variant)).toArray();
            double[] b = c.get(current.variantIndex(variant)).toArray();
            out.count(metric, variant, where, "n", (long) a[0], (long) b[0]);
            for (int i = 1; i < a.length; i++) {
                out.number(metric, variant, where, StatisticsJson.MOMENT_FIELDS.get(i), a[i], b[i]);
            }
        }
    }

    private void distribution(String metric, Distribution r, Distribution c) {
        if (!r.edges().equals(c.edges())) {
            out.text(metric, "", "distribution", "bin edges", r.edges().toString(), c.edges().toString());
            return;
        }
        for (String variant : variants) {
            int a = report.variantIndex(variant);
            int b = current.variantIndex(variant);
            if (r.counts().isEmpty() || c.counts().isEmpty()) {
                continue;
            }
            for (int bin = 0; bin < r.counts().get(a).size(); bin++) {
                out.count(metric, variant, "distribution bin " + (bin + 1), "users", r.counts().get(a).get(bin),
                        c.counts().get(b).get(bin));
            }
            out.count(metric, variant, "distribution above last bin", "users", r.above().get(a), c.above().get(b));
        }
    }

    private void counts(String metric, String where, String field, List<Long> r, List<String> rVariants,
            List<Long> c, List<String> cVariants) {
        for (String variant : variants) {
            out.count(metric, variant, where, field, r.get(rVariants.indexOf(variant)),
                    c.get(cVariants.indexOf(variant)));
        }
    }

    private interface PairVisitor<T> {
        void visit(String where, T report, T current);
    }

    /** Walks dimension → value maps, reporting segments present on one side only. */
    private <T> void nested(Map<String, Map<String, T>> r, Map<String, Map<String, T>> c, String metric,
            PairVisitor<T> visitor) {
        for (String dimension : union(List.copyOf(r.keySet()), List.copyOf(c.keySet()))) {
            Map<String, T> rValues = r.getOrDefault(dimension, Map.of());
            Map<String, T> cValues = c.getOrDefault(dimension, Map.of());
            for (String value : union(List.copyOf(rValues.keySet()), List.copyOf(cValues.keySet()))) {
                String where = "segment " + dimension + "=" + value;
                if (!rValues.containsKey(value) || !cValues.containsKey(value)) {
                    out.add(metric, "", where, "segment", presence(rValues.containsKey(value)),
                            presence(cValues.containsKey(value)));
                } else {
                    visitor.visit(where, rValues.get(value), cValues.get(value));
                }
            }
        }
    }

    private static Map<String, MetricStatistics> byName(List<MetricStatistics> metrics) {
        Map<String, MetricStatistics> map = new LinkedHashMap<>();
        metrics.forEach(m -> map.put(m.name(), m));
        return map;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String presence(boolean present) {
        return present ? "present" : Difference.ABSENT;
    }
}
