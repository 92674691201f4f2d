package com.splitbench.ingest.pipeline;

import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.ImportTransaction;
import com.splitbench.workspace.store.ChunkKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per file: rows and time range per (experiment, variant) for assignments and per-user tables, and per event
 * type (with how many rows had a value) for events. Written to the workspace's summary tables, which answer
 * "which experiments and event types are there" without reading a chunk.
 */
final class ImportSummaries {

    private static final int ROWS = 0;
    private static final int VALUED = 1;
    private static final int FIRST = 2;
    private static final int LAST = 3;

    private final ImportShape shape;
    private final Map<Long, long[]> byKey = new HashMap<>();
    private long lastKey = Long.MIN_VALUE;
    private long[] last;

    ImportSummaries(ImportShape shape) {
        this.shape = shape;
    }

    void add(RowBatch b, int i) {
        long key = shape == ImportShape.EVENTS ? b.symbol[i]
                : (long) b.experiment[i] << 32 | (b.symbol[i] & 0xFFFF_FFFFL);
        if (key != lastKey) {
            last = byKey.computeIfAbsent(key, k -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
            lastKey = key;
        }
        long[] s = last;
        s[ROWS]++;
        if (!Double.isNaN(b.value[i]) && shape == ImportShape.EVENTS) {
            s[VALUED]++;
        }
        long time = b.time[i];
        if (time != Long.MIN_VALUE) {
            s[FIRST] = Math.min(s[FIRST], time);
            s[LAST] = Math.max(s[LAST], time);
        }
    }

    void write(ImportTransaction transaction, long importId) {
        ChunkKind kind = shape == ImportShape.USERS ? ChunkKind.USER_TABLE : ChunkKind.ASSIGNMENTS;
        for (Map.Entry<Long, long[]> entry : byKey.entrySet()) {
            long[] s = Arrays.copyOf(entry.getValue(), 4);
            long first = s[FIRST] == Long.MAX_VALUE ? Long.MIN_VALUE : s[FIRST];
            long lastTime = s[FIRST] == Long.MAX_VALUE ? Long.MIN_VALUE : s[LAST];
            long key = entry.getKey();
            if (shape == ImportShape.EVENTS) {
                transaction.writeEventSummary(importId, (int) key, s[ROWS], s[VALUED], first, lastTime);
            } else {
                transaction.writeAssignmentSummary(importId, kind, (int) (key >> 32), (int) key, s[ROWS], first,
                        lastTime);
            }
        }
    }
}
