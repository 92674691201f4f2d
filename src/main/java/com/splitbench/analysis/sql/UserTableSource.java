package com.splitbench.analysis.sql;

import java.util.List;
import java.util.Optional;

/**
 * A per-user table: one row per unit with its variant, an optional exposure time and metric columns (numeric, 0/1
 * or boolean). Column metrics read it; the experiment's users and variants come from its rows.
 *
 * @param metricColumns the columns column metrics may read; empty means every column that is not the unit,
 *     experiment, variant, time or a dimension (found when the source is resolved)
 */
public record UserTableSource(SourceRelation relation, String unit, Optional<String> experiment, String variant,
        Optional<TimeColumn> time, List<String> metricColumns, List<String> dimensions) {

    public UserTableSource {
        Identifiers.requireValid(unit, "unit column");
        experiment = experiment == null ? Optional.empty() : experiment;
        experiment.ifPresent(c -> Identifiers.requireValid(c, "experiment column"));
        Identifiers.requireValid(variant, "variant column");
        time = time == null ? Optional.empty() : time;
        metricColumns = metricColumns == null ? List.of() : List.copyOf(metricColumns);
        metricColumns.forEach(c -> Identifiers.requireValid(c, "metric column"));
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        dimensions.forEach(c -> Identifiers.requireValid(c, "dimension column"));
        if (relation == null) {
            throw new IllegalArgumentException("relation is required");
        }
    }
}
