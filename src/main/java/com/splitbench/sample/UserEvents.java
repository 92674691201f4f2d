package com.splitbench.sample;

import java.util.Arrays;

/**
 * One user's metric events in primitive arrays, reused from user to user so that generating ten million events
 * allocates almost nothing. After {@link #planRows} it also holds the order in which rows are written,
 * with exact duplicates placed after their originals.
 */
final class UserEvents {

    static final long NO_VALUE = -1;

    private long[] micros = new long[64];
    private EventType[] types = new EventType[64];
    private long[] cents = new long[64];
    private boolean[] tagged = new boolean[64];
    private TimestampFormat[] formats = new TimestampFormat[64];
    private int size;

    private int[] rowEvent = new int[80];
    private boolean[] rowDuplicate = new boolean[80];
    private int rowCount;

    void clear() {
        size = 0;
        rowCount = 0;
    }

    void add(long eventMicros, EventType type, long valueCents, boolean experimentTag) {
        if (size == micros.length) {
            int capacity = size * 2;
            micros = Arrays.copyOf(micros, capacity);
            types = Arrays.copyOf(types, capacity);
            cents = Arrays.copyOf(cents, capacity);
            tagged = Arrays.copyOf(tagged, capacity);
            formats = Arrays.copyOf(formats, capacity);
        }
        micros[size] = eventMicros;
        types[size] = type;
        cents[size] = valueCents;
        tagged[size] = experimentTag;
        size++;
    }

    /**
     * Sorts the events by time and plans the written rows: every event once, plus duplicates.
     *
     * @param duplicateAfter for each event, the index of the event after which its exact copy is written, or -1
     */
    void planRows(int[] duplicateAfter) {
        rowCount = 0;
        for (int event = 0; event < size; event++) {
            addRow(event, false);
            for (int original = 0; original <= event; original++) {
                if (duplicateAfter[original] == event) {
                    addRow(original, true);
                }
            }
        }
    }

    /** Insertion sort by time: a user has tens of events at most, already nearly in order. */
    void sortByTime() {
        for (int i = 1; i < size; i++) {
            long time = micros[i];
            EventType type = types[i];
            long value = cents[i];
            boolean tag = tagged[i];
            int j = i - 1;
            while (j >= 0 && micros[j] > time) {
                micros[j + 1] = micros[j];
                types[j + 1] = types[j];
                cents[j + 1] = cents[j];
                tagged[j + 1] = tagged[j];
                j--;
            }
            micros[j + 1] = time;
            types[j + 1] = type;
            cents[j + 1] = value;
            tagged[j + 1] = tag;
        }
    }

    void setFormat(int event, TimestampFormat format) {
        formats[event] = format;
    }

    int size() {
        return size;
    }

    long micros(int event) {
        return micros[event];
    }

    EventType type(int event) {
        return types[event];
    }

    long cents(int event) {
        return cents[event];
    }

    boolean tagged(int event) {
        return tagged[event];
    }

    TimestampFormat format(int event) {
        return formats[event];
    }

    int rowCount() {
        return rowCount;
    }

    int rowEvent(int row) {
        return rowEvent[row];
    }

    boolean rowDuplicate(int row) {
        return rowDuplicate[row];
    }

    private void addRow(int event, boolean duplicate) {
        if (rowCount == rowEvent.length) {
            rowEvent = Arrays.copyOf(rowEvent, rowCount * 2);
            rowDuplicate = Arrays.copyOf(rowDuplicate, rowCount * 2);
        }
        rowEvent[rowCount] = event;
        rowDuplicate[rowCount] = duplicate;
        rowCount++;
    }
}
