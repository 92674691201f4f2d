package com.splitbench.ingest.pipeline;

import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.parse.Numbers;

/**
 * The kinds of one per-user table column's non-empty values, and the type they make the column (docs/analysis.md,
 * "Per-user tables"). A column is a metric when more than half of its non-empty values are numbers or booleans, so
 * that a few bad cells ({@code N/A}, {@code NaN}, {@code 1,234.50}) are reported as bad rows instead of silently
 * turning the metric into a dimension; a textual column (countries, ids) stays a dimension. A metric is boolean
 * when it holds no number other than 0 and 1, or more TRUE/FALSE/yes/no words than such numbers: a 0/1/2 count
 * stays numeric, and a stray {@code 2} in a TRUE/FALSE column is a bad value.
 */
final class UserColumnTally {

    /** What a column becomes. An all-empty column is numeric (every user missing), as before. */
    enum Kind { NUMERIC, BOOLEAN, TEXT }

    private long values;
    private long words;
    private long zerosAndOnes;
    private long otherNumbers;

    /** Counts one non-empty value. */
    void add(byte[] b, int start, int end) {
        values++;
        if (Numbers.parseBoolean(b, start, end) >= 0) {
            if (end - start == 1) {
                zerosAndOnes++;
            } else {
                words++;
            }
            return;
        }
        try {
            Numbers.parseDouble(b, start, end);
            otherNumbers++;
        } catch (BadValueException e) {
            // text: counted in values only
        }
    }

    Kind kind() {
        long typed = words + zerosAndOnes + otherNumbers;
        if (values > 0 && 2 * typed <= values) {
            return Kind.TEXT;
        }
        if (words + zerosAndOnes > 0 && (otherNumbers == 0 || words > otherNumbers)) {
            return Kind.BOOLEAN;
        }
        return Kind.NUMERIC;
    }
}
