package com.splitbench.workspace.store;

/** How a chunk column's values are laid out. The encoder picks the smallest that applies. */
enum ColumnEncoding {
    /** Fixed width little-endian values. */
    PLAIN,
    /** Zigzag varints of the difference to the previous value (first value against 0). */
    DELTA_VARINT,
    /** One value that every row has. */
    CONSTANT,
    /** Byte strings: varint lengths, then the concatenated bytes. */
    LENGTH_PREFIXED
}
