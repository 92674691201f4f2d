package com.splitbench.workspace.store;

/** The physical type of a chunk column. */
enum ColumnType {
    INT, LONG, DOUBLE, BYTES
}
