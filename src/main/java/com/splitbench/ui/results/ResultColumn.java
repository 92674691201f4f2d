package com.splitbench.ui.results;

/** The columns of the significance table, so that "explain this number" knows which number was picked. */
public enum ResultColumn {
    SEGMENT, METRIC, VARIANT, USERS, CONTROL, TREATMENT, DIFFERENCE, OTHER_DIFFERENCE, P_VALUE, CHANCE_TO_WIN
}
