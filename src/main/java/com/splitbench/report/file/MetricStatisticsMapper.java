package com.splitbench.report.file;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.SeriesPoint;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.report.file.StatisticsJson.DistributionJson;
import com.splitbench.report.file.StatisticsJson.MetricStatisticsJson;
import com.splitbench.report.file.StatisticsJson.SeriesPointJson;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.json.SpecJson.MetricJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Maps one metric's sufficient statistics to its file form and back. */
final class MetricStatisticsMapper {

    private MetricStatisticsMapper() {
    }

    static MetricStatisticsJson toJson(MetricStatistics metric, MetricJson definition) {
        Map<String, Map<String, List<double[]>>> segments = new LinkedHashMap<>();
        metric.segments().forEach((dimension, values) -> {
            Map<String, List<double[]>> byValue = new LinkedHashMap<>();
            values.forEach((value, moments) -> byValue.put(value, MomentsMapper.toJson(moments)));
            segments.put(dimension, byValue);
        });
        Distribution d = metric.distribution();
        return new MetricStatisticsJson(definition, metric.type().name().toLowerCase(Locale.ROOT),
                metric.hasCovariate(), metric.cap().isPresent() ? metric.cap().getAsDouble() : null,
                MomentsMapper.toJson(metric.overall()), segments, series(metric.calendar()),
                series(metric.sinceExposure()), new DistributionJson(d.edges(), d.counts(), d.above()));
    }

    static MetricStatistics toDomain(MetricStatisticsJson json, MetricDefinition definition, int variants,
            String path) {
        StatisticType type = type(Fields.required(json.type(), path + ".type"), definition, path + ".type");
        boolean covariate = Fields.required(json.hasCovariate(), path + ".hasCovariate");
        OptionalDouble cap = json.cap() == null ? OptionalDouble.empty()
                : OptionalDouble.of(Fields.finite(json.cap(), path + ".cap"));
        List<Moments> overall = MomentsMapper.toDomain(json.overall(), variants, type, covariate, path + ".overall");
        Map<String, Map<String, List<Moments>>> segments = new LinkedHashMap<>();
        Fields.map(json.segments(), ReportLimits.MAX_DIMENSIONS, path + ".segments").forEach((dimension, values) -> {
            String dimensionPath = Fields.key(path + ".segments", dimension);
            Fields.name(dimension, dimensionPath);
            Map<String, List<Moments>> byValue = new LinkedHashMap<>();
            Fields.map(values, ReportLimits.MAX_SEGMENT_VALUES, dimensionPath).forEach((value, moments) -> {
                String valuePath = Fields.key(dimensionPath, value);
                Fields.name(value, valuePath);
                byValue.put(value, MomentsMapper.toDomain(moments, variants, type, covariate, valuePath));
            });
            segments.put(dimension, byValue);
        });
        List<SeriesPoint> calendar = series(json.calendar(), variants, type, covariate, path + ".calendar");
        List<SeriesPoint> since = series(json.sinceExposure(), variants, type, covariate, path + ".sinceExposure");
        Distribution distribution = distribution(json.distribution(), variants, path + ".distribution");
        return new MetricStatistics(definition, type, overall, covariate, segments, calendar, since, cap,
                distribution);
    }

    private static List<SeriesPointJson> series(List<SeriesPoint> points) {
        return points.stream().map(p -> new SeriesPointJson(p.label(), MomentsMapper.toJson(p.moments()))).toList();
    }

    private static List<SeriesPoint> series(List<SeriesPointJson> json, int variants, StatisticType type,
            boolean covariate, String path) {
        Fields.list(json, ReportLimits.MAX_SERIES_POINTS, path);
        List<SeriesPoint> points = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            String pointPath = path + "[" + i + "]";
            String label = Fields.name(json.get(i).label(), ReportLimits.MAX_LABEL, pointPath + ".label");
            points.add(new SeriesPoint(label, MomentsMapper.toDomain(json.get(i).moments(), variants, type, covariate,
                    pointPath + ".moments")));
        }
        return points;
    }

    /** The comparison type must be the one the metric's kind gives. */
    private static StatisticType type(String text, MetricDefinition definition, String path) {
        StatisticType type;
        try {
            type = StatisticType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ContentException(path, "must be binary, mean or ratio");
        }
        MetricKind kind = definition.kind();
        boolean ratioKind = kind instanceof MetricKind.Ratio || kind instanceof MetricKind.ColumnRatio;
        boolean allowed = ratioKind ? type == StatisticType.RATIO
                : kind instanceof MetricKind.Binary ? type == StatisticType.BINARY
                : kind instanceof MetricKind.Column ? type != StatisticType.RATIO
                : type == StatisticType.MEAN;
        if (!allowed) {
            throw new ContentException(path, "is " + text + ", which does not fit the metric's kind");
        }
        return type;
    }

    private static Distribution distribution(DistributionJson json, int variants, String path) {
        Fields.required(json, path);
        List<Double> edges = Fields.list(json.edges(), ReportLimits.MAX_HISTOGRAM_BINS + 1, path + ".edges");
        for (int i = 0; i < edges.size(); i++) {
            Fields.finite(edges.get(i), path + ".edges[" + i + "]");
            if (i > 0 && edges.get(i) < edges.get(i - 1)) {
                throw new ContentException(path + ".edges[" + i + "]", "is below the edge before it");
            }
        }
        List<List<Long>> counts = Fields.list(json.counts(), ReportLimits.MAX_VARIANTS, path + ".counts");
        List<Long> above = Fields.list(json.above(), ReportLimits.MAX_VARIANTS, path + ".above");
        if (edges.isEmpty() && counts.isEmpty() && above.isEmpty()) {
            return Distribution.EMPTY;
        }
        if (edges.size() < 2) {
            throw new ContentException(path + ".edges", "needs at least two edges");
        }
        Fields.listOfSize(counts, variants, path + ".counts");
        for (int v = 0; v < variants; v++) {
            String rowPath = path + ".counts[" + v + "]";
            List<Long> row = Fields.list(counts.get(v), ReportLimits.MAX_HISTOGRAM_BINS, rowPath);
            if (row.size() != edges.size() - 1) {
                throw new ContentException(rowPath, "has " + row.size() + " bins for " + edges.size() + " edges");
            }
            StatisticsMapper.counts(row, rowPath);
        }
        StatisticsMapper.counts(Fields.listOfSize(above, variants, path + ".above"), path + ".above");
        return new Distribution(edges, counts, above);
    }
}
