package com.splitbench.workspace;

/**
 * Which rows to read. Chunks are written per experiment where possible, so reading one experiment skips the
 * chunks of the others without decoding them; rows of chunks that mix experiments are filtered after decoding.
 */
public record ChunkFilter(boolean allExperiments, int experiment) {

    public static ChunkFilter all() {
        return new ChunkFilter(true, 0);
    }

    /** Only rows of this experiment symbol (for events: events tied to it, not the untied ones). */
    public static ChunkFilter experiment(int experimentSymbol) {
        return new ChunkFilter(false, experimentSymbol);
    }
}
