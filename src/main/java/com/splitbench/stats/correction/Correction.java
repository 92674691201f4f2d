package com.splitbench.stats.correction;

/** The multiple-testing correction applied over a family of comparisons. */
public enum Correction {
    /** No correction: each comparison at the nominal level. */
    NONE,
    /** Holm's step-down Bonferroni procedure (Holm 1979); controls the family-wise error rate. */
    HOLM,
    /** Benjamini and Hochberg's step-up procedure (1995); controls the false discovery rate. */
    BENJAMINI_HOCHBERG
}
