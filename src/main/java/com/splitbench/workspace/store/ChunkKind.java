package com.splitbench.workspace.store;

/** What a chunk holds; the code is what the {@code chunk.kind} column stores. */
public enum ChunkKind {
    ASSIGNMENTS(1),
    EVENTS(2),
    USER_TABLE(3),
    UNIT_DICTIONARY(4),
    SYMBOL_DICTIONARY(5);

    private final int code;

    ChunkKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ChunkKind ofCode(int code) {
        for (ChunkKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown chunk kind " + code);
    }
}
