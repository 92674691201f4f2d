package com.splitbench.analysis.sql;

import java.util.List;
import java.util.Optional;

/**
 * The user's assignment (exposure) rows: which unit saw which variant of which experiment, when, and with which
 * dimensions (columns, or keys of a JSON context column).
 *
 * @param experiment the experiment key column; empty when the source holds one experiment only
 */
public record AssignmentSource(SourceRelation relation, String unit, Optional<String> experiment, String variant,
        TimeColumn time, List<String> dimensions, Optional<JsonContext> context) {

    public AssignmentSource {
        Identifiers.requireValid(unit, "unit column");
        experiment = experiment == null ? Optional.empty() : experiment;
        experiment.ifPresent(c -> Identifiers.requireValid(c, "experiment column"));
        Identifiers.requireValid(variant, "variant column");
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        dimensions.forEach(c -> Identifiers.requireValid(c, "dimension column"));
        context = context == null ? Optional.empty() : context;
        if (relation == null || time == null) {
            throw new IllegalArgumentException("relation and time are required");
        }
    }
}
