package com.splitbench.report.file;

import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.json.SpecJson;
import com.splitbench.spec.json.SpecMapper;
import java.util.List;

/**
 * Metric definitions in the spec file's own form. The spec package maps metrics only as part of a whole spec, so
 * the list is wrapped in a minimal spec for the trip: the report stores exactly what a spec file would.
 */
final class MetricDefinitions {

    private MetricDefinitions() {
    }

    static List<SpecJson.MetricJson> toJson(String experimentKey, List<MetricDefinition> metrics) {
        return SpecMapper.toJson(new AnalysisSpec(ExperimentDefinition.of(experimentKey), metrics,
                AnalysisSettings.DEFAULTS)).metrics();
    }

    static List<MetricDefinition> toDomain(String experimentKey, List<SpecJson.MetricJson> metrics, String path) {
        for (int m = 0; m < metrics.size(); m++) {
            Fields.required(metrics.get(m), path + "[" + m + "].definition");
        }
        SpecJson wrapper = new SpecJson(SpecJson.FORMAT, SpecJson.CURRENT_VERSION,
                new SpecJson.ExperimentJson(experimentKey, null, null, null, null, null, null, null), metrics, null);
        try {
            return SpecMapper.toDomain(wrapper).metrics();
        } catch (InvalidSpecException e) {
            throw new ContentException(path, e.getMessage());
        }
    }
}
