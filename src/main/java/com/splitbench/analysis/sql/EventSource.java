package com.splitbench.analysis.sql;

import java.util.Optional;

/**
 * The user's metric events.
 *
 * @param experiment a column tying an event to one experiment (events of other experiments are ignored); empty
 *     when events are not tied to experiments
 * @param value the numeric value column; empty when events carry no value
 */
public record EventSource(SourceRelation relation, String unit, Optional<String> experiment, String eventType,
        Optional<String> value, TimeColumn time) {

    public EventSource {
        Identifiers.requireValid(unit, "unit column");
        experiment = experiment == null ? Optional.empty() : experiment;
        experiment.ifPresent(c -> Identifiers.requireValid(c, "experiment column"));
        Identifiers.requireValid(eventType, "event type column");
        value = value == null ? Optional.empty() : value;
        value.ifPresent(c -> Identifiers.requireValid(c, "value column"));
        if (relation == null || time == null) {
            throw new IllegalArgumentException("relation and time are required");
        }
    }
}
