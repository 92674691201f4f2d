package com.splitbench.stats;

/**
 * The alternative hypothesis of a fixed-horizon test, stated as treatment against control. One-sided tests give
 * one-sided intervals (the other bound infinite); confidence sequences are two-sided only.
 */
public enum Sidedness {
    /** The treatment differs from control in either direction. */
    TWO_SIDED,
    /** The treatment is greater than control. */
    GREATER,
    /** The treatment is less than control. */
    LESS
}
