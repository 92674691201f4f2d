package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.fail;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two {@link ExperimentStatistics} field by field: counts exactly, sums to a relative tolerance
 * (|a − b| ≤ tolerance · max(|a|, |b|)). Fails with every difference found, each with its path. Public for the
 * warehouse benchmark, which checks the engines agree on its data too.
 */
public final class StatisticsAgreement {

    static final double TOLERANCE = 1e-9;

    private final List<String> differences = new ArrayList<>();
    private int compared;

    public static void assertAgree(ExperimentStatistics expected, ExperimentStatistics actual) {
        StatisticsAgreement agreement = new StatisticsAgreement();
        agreement.compare(expected, actual);
        if (!agreement.differences.isEmpty()) {
            fail(agreement.differences.size() + " differences (of " + agreement.compared + " values compared), first "
                    + "30:\n" + String.join("\n", agreement.differences.subList(0,
                            Math.min(30, agreement.differences.size()))));
        }
        if (agreement.compared < 100) {
            fail("Only " + agreement.compared + " values were compared: the data is too thin to test agreement.");
        }
    }

    private void compare(ExperimentStatistics e, ExperimentStatistics a) {
        same("variants", e.variants(), a.variants());
        same("users", e.users(), a.users());
        same("health", e.health(), a.health());
        same("exposure days", e.exposures().days(), a.exposures().days());
        same("exposure counts", e.exposures().counts(), a.exposures().counts());
        same("segment users", e.segments(), a.segments());
        same("metric count", e.metrics().size(), a.metrics().size());
        for (int m = 0; m < Math.min(e.metrics().size(), a.metrics().size()); m++) {
            metric(e.metrics().get(m), a.metrics().get(m));
        }
    }

    private void metric(MetricStatistics e, MetricStatistics a) {
        String name = e.name();
        same(name + " definition", e.definition(), a.definition());
        same(name + " type", e.type(), a.type());
        same(name + " hasCovariate", e.hasCovariate(), a.hasCovariate());
        same(name + " cap present", e.cap().isPresent(), a.cap().isPresent());
        if (e.cap().isPresent() && a.cap().isPresent()) {
            close(name + " cap", e.cap().getAsDouble(), a.cap().getAsDouble());
        }
        moments(name + " overall", e.overall(), a.overall());
        same(name + " segment dimensions", e.segments().keySet(), a.segments().keySet());
        for (Map.Entry<String, Map<String, List<Moments>>> dim : e.segments().entrySet()) {
            Map<String, List<Moments>> other = a.segments().getOrDefault(dim.getKey(), Map.of());
            same(name + " segments of " + dim.getKey(), dim.getValue().keySet(), other.keySet());
            dim.getValue().forEach((segment, moments) -> moments(name + " " + dim.getKey() + "=" + segment, moments,
                    other.getOrDefault(segment, List.of())));
        }
        series(name + " calendar", e.calendar(), a.calendar());
        series(name + " since exposure", e.sinceExposure(), a.sinceExposure());
        distribution(name + " distribution", e.distribution(), a.distribution());
    }

    private void series(String path, List<SeriesPoint> e, List<SeriesPoint> a) {
        same(path + " length", e.size(), a.size());
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            same(path + " label " + i, e.get(i).label(), a.get(i).label());
            moments(path + " point " + e.get(i).label(), e.get(i).moments(), a.get(i).moments());
        }
    }

    private void distribution(String path, Distribution e, Distribution a) {
        same(path + " bins", e.edges().size(), a.edges().size());
        for (int i = 0; i < Math.min(e.edges().size(), a.edges().size()); i++) {
            close(path + " edge " + i, e.edges().get(i), a.edges().get(i));
        }
        same(path + " counts", e.counts(), a.counts());
        same(path + " above", e.above(), a.above());
    }

    private void moments(String path, List<Moments> e, List<Moments> a) {
        same(path + " variants", e.size(), a.size());
        for (int v = 0; v < Math.min(e.size(), a.size()); v++) {
            double[] x = e.get(v).toArray();
            double[] y = a.get(v).toArray();
            for (int i = 0; i < x.length; i++) {
                close(path + " v" + v + " field " + FIELDS[i], x[i], y[i]);
            }
        }
    }

    private static final String[] FIELDS = {"n", "sumY", "sumY2", "sumD", "sumD2", "sumYD", "sumX", "sumX2", "sumXY"};

    private void close(String path, double e, double a) {
        compared++;
        if (!(Math.abs(e - a) <= TOLERANCE * Math.max(Math.abs(e), Math.abs(a)))) {
            differences.add(path + ": local " + e + ", SQL " + a);
        }
    }

    private void same(String path, Object e, Object a) {
        compared++;
        if (!Objects.equals(e, a)) {
            differences.add(path + ": local " + e + ", SQL " + a);
        }
    }
}
