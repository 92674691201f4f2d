package com.splitbench.spec;

/** One per-user aggregate of events of one type: the building block of ratio metrics. */
public record UserAggregate(String eventType, Aggregation aggregation, ValueFilter filter) {

    /** How a user's events of the type are reduced to one number. */
    public enum Aggregation {
        /** 1 when the user has at least one matching event, else 0. */
        ANY,
        /** The number of matching events. */
        COUNT,
        /** The sum of the matching events' values (events without a value add 0). */
        SUM
    }

    public UserAggregate {
        SpecChecks.requireName(eventType, "event type");
        SpecChecks.requireNonNull(aggregation, "aggregation");
        filter = filter == null ? ValueFilter.NONE : filter;
    }
}
