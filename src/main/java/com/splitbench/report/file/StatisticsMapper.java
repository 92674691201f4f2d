package com.splitbench.report.file;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.report.file.StatisticsJson.ExposuresJson;
import com.splitbench.report.file.StatisticsJson.HealthJson;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.json.SpecJson.MetricJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps {@link ExperimentStatistics} to its file form and back, validating every field on the way in. */
final class StatisticsMapper {

    private StatisticsMapper() {
    }

    static StatisticsJson toJson(ExperimentStatistics stats) {
        List<MetricJson> definitions = MetricDefinitions.toJson(stats.experimentKey(),
                stats.metrics().stream().map(MetricStatistics::definition).toList());
        List<StatisticsJson.MetricStatisticsJson> metrics = new ArrayList<>();
        for (int m = 0; m < stats.metrics().size(); m++) {
            metrics.add(MetricStatisticsMapper.toJson(stats.metrics().get(m), definitions.get(m)));
        }
        return new StatisticsJson(stats.experimentKey(), stats.variants(), stats.users(),
                StatisticsJson.MOMENT_FIELDS, healthJson(stats.health()),
                new ExposuresJson(stats.exposures().days(), stats.exposures().counts()), stats.segments(), metrics);
    }

    static ExperimentStatistics toDomain(StatisticsJson json, String path) {
        Fields.required(json, path);
        String key = Fields.name(json.experiment(), path + ".experiment");
        List<String> variants = names(Fields.list(json.variants(), ReportLimits.MAX_VARIANTS, path + ".variants"),
                path + ".variants");
        if (variants.isEmpty()) {
            throw new ContentException(path + ".variants", "is empty: an experiment has at least one variant");
        }
        int v = variants.size();
        List<Long> users = counts(Fields.listOfSize(json.users(), v, path + ".users"), path + ".users");
        if (!StatisticsJson.MOMENT_FIELDS.equals(Fields.required(json.momentFields(), path + ".momentFields"))) {
            throw new ContentException(path + ".momentFields", "must be " + StatisticsJson.MOMENT_FIELDS);
        }
        HealthCounts health = health(json.health(), path + ".health");
        ExposureSeries exposures = exposures(json.exposures(), v, path + ".exposures");
        Map<String, Map<String, List<Long>>> segments = segmentUsers(json.segments(), v, path + ".segments");
        List<StatisticsJson.MetricStatisticsJson> metricJson = Fields.list(json.metrics(), ReportLimits.MAX_METRICS,
                path + ".metrics");
        List<MetricDefinition> definitions = MetricDefinitions.toDomain(key,
                metricJson.stream().map(StatisticsJson.MetricStatisticsJson::definition).toList(),
                path + ".metrics");
        List<MetricStatistics> metrics = new ArrayList<>();
        for (int m = 0; m < metricJson.size(); m++) {
            metrics.add(MetricStatisticsMapper.toDomain(metricJson.get(m), definitions.get(m), v,
                    path + ".metrics[" + m + "]"));
        }
        return new ExperimentStatistics(key, variants, users, exposures, health, segments, metrics);
    }

    static HealthJson healthJson(HealthCounts h) {
        return new HealthJson(h.assignedUsers(), h.multipleVariantUsers(), h.outsideDateRangeUsers(),
                h.eventsBeforeExposure(), h.unassignedUserEvents(), h.eventsOfExcludedUsers());
    }

    static HealthCounts health(HealthJson json, String path) {
        Fields.required(json, path);
        return new HealthCounts(Fields.count(json.assignedUsers(), path + ".assignedUsers"),
                Fields.count(json.multipleVariantUsers(), path + ".multipleVariantUsers"),
                Fields.count(json.outsideDateRangeUsers(), path + ".outsideDateRangeUsers"),
                Fields.count(json.eventsBeforeExposure(), path + ".eventsBeforeExposure"),
                Fields.count(json.unassignedUserEvents(), path + ".unassignedUserEvents"),
                Fields.count(json.eventsOfExcludedUsers(), path + ".eventsOfExcludedUsers"));
    }

    /** Distinct, non-empty, bounded names. */
    static List<String> names(List<String> names, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = Fields.name(names.get(i), path + "[" + i + "]");
            if (!seen.add(name)) {
                throw new ContentException(path + "[" + i + "]", "repeats the name '" + name + "'");
            }
        }
        return names;
    }

    static List<Long> counts(List<Long> counts, String path) {
        for (int i = 0; i < counts.size(); i++) {
            Fields.count(counts.get(i), path + "[" + i + "]");
        }
        return counts;
    }

    private static ExposureSeries exposures(ExposuresJson json, int variants, String path) {
        Fields.required(json, path);
        List<String> days = Fields.list(json.days(), ReportLimits.MAX_SERIES_POINTS, path + ".days");
        for (int d = 0; d < days.size(); d++) {
            isoDate(days.get(d), path + ".days[" + d + "]");
        }
        List<List<Long>> counts = Fields.list(json.counts(), ReportLimits.MAX_SERIES_POINTS, path + ".counts");
        if (counts.size() != days.size()) {
            throw new ContentException(path + ".counts", "has " + counts.size() + " rows for " + days.size()
                    + " days");
        }
        for (int d = 0; d < counts.size(); d++) {
            counts(Fields.listOfSize(counts.get(d), variants, path + ".counts[" + d + "]"),
                    path + ".counts[" + d + "]");
        }
        return new ExposureSeries(days, counts);
    }

    static void isoDate(String text, String path) {
        Fields.name(text, ReportLimits.MAX_LABEL, path);
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ContentException(path, "is not a date such as 2026-03-01");
        }
    }

    private static Map<String, Map<String, List<Long>>> segmentUsers(Map<String, Map<String, List<Long>>> json,
            int variants, String path) {
        Fields.map(json, ReportLimits.MAX_DIMENSIONS, path);
        Map<String, Map<String, List<Long>>> segments = new LinkedHashMap<>();
        json.forEach((dimension, values) -> {
            String dimensionPath = Fields.key(path, dimension);
            Fields.name(dimension, dimensionPath);
            Fields.map(values, ReportLimits.MAX_SEGMENT_VALUES, dimensionPath);
            Map<String, List<Long>> byValue = new LinkedHashMap<>();
            values.forEach((value, users) -> {
                String valuePath = Fields.key(dimensionPath, value);
                Fields.name(value, valuePath);
                byValue.put(value, counts(Fields.listOfSize(users, variants, valuePath), valuePath));
            });
            segments.put(dimension, byValue);
        });
        return segments;
    }
}
