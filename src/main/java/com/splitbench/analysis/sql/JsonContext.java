package com.splitbench.analysis.sql;

import java.util.List;

/** A JSON text column of the assignment rows whose top-level keys are dimensions (segments). */
public record JsonContext(String column, List<String> keys) {

    public JsonContext {
        Identifiers.requireValid(column, "context column");
        keys = List.copyOf(keys);
        keys.forEach(key -> Identifiers.requireValid(key, "context key"));
    }
}
