package com.splitbench.ui.source;

/** The connection dialog's fields that can carry a message (each relation's own fields carry theirs). */
public enum SourceField {
    URL, ENGINE, DRIVER_JAR, DIMENSIONS, CONTEXT, METRIC_COLUMNS, NAME, GENERAL
}
