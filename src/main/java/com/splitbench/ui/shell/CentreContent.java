package com.splitbench.ui.shell;

/** What fills the centre of the window. */
public enum CentreContent {
    /** No workspace is open: ways to create or open one. */
    WELCOME,
    /** A workspace is open but nothing is selected: a hint to pick an experiment. */
    PICK_ITEM,
    /** The selected item's view. */
    ITEM
}
