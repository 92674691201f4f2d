package com.splitbench.workspace;

/** The three shapes of data a workspace takes. The name is what {@code import_file.shape} stores. */
public enum ImportShape {
    /** One row per unit exposure: unit, experiment, variant, time, context. */
    ASSIGNMENTS,
    /** One row per metric event: unit, optional experiment, event type, optional value, time. */
    EVENTS,
    /** One row per unit: a variant column and metric columns, for one experiment. */
    USERS
}
