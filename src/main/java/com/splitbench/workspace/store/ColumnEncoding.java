package com.splitbench.workspace.store;

/** How a chunk column's values are laid out. The encoder picks the smallest that applies. Stored by ordinal: append only. */
enum ColumnEncoding {
    /** Fixed width little-endian values. */
    PLAIN,
    /** Zigzag varints of the difference to the previous value (first value against 0). */
    DELTA_VARINT,
    /** One value that every row has. */
    CONSTANT,
    /** Byte strings: varint lengths, then the concatenated bytes. */
    LENGTH_PREFIXED,
    /**
     * Doubles that are exact decimals with at most four fraction digits (prices, counts): a scale byte, then per
     * row a zigzag varint of {@code value * 10^scale} plus one, with 0 for NaN. Decoding divides by 10^scale,
     * which gives back the identical double (the encoder checks this for every value).
     */
    DECIMAL_VARINT
}
