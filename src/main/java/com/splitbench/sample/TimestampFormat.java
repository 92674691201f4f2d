package com.splitbench.sample;

import java.io.IOException;

/**
 * The timestamp spellings that real exports mix, sometimes within one file. All name the same instant; a reader
 * takes text without a zone as UTC.
 */
enum TimestampFormat {
    /** {@code 2025-03-04T10:15:30.123Z} */
    ISO_UTC("iso_utc"),
    /** {@code 2025-03-04T11:15:30.123+01:00}, the user's local time with its offset. */
    ISO_OFFSET("iso_offset"),
    /** {@code 2025-03-04 10:15:30.123456}, UTC wall time without a zone, microseconds (a warehouse dump). */
    LOCAL_MICROS("local_micros"),
    /** {@code 1741083330123}, epoch milliseconds. */
    EPOCH_MILLIS("epoch_millis");

    private final String label;

    TimestampFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Picks a format from a uniform number in [0, 1) and weights in declaration order. */
    static TimestampFormat pick(double uniform, double[] weights) {
        double cumulative = 0;
        TimestampFormat[] formats = values();
        for (int i = 0; i < formats.length - 1; i++) {
            cumulative += weights[i];
            if (uniform < cumulative) {
                return formats[i];
            }
        }
        return formats[formats.length - 1];
    }

    /**
     * Writes {@code epochMicros} in this format.
     *
     * @param offsetMinutes the user's UTC offset, used by {@link #ISO_OFFSET} only
     */
    void write(AsciiSink sink, long epochMicros, int offsetMinutes) throws IOException {
        switch (this) {
            case ISO_UTC -> {
                writeDateTime(sink, epochMicros, 'T');
                sink.put((byte) '.').putPadded(Math.floorMod(Math.floorDiv(epochMicros, 1000), 1000), 3)
                        .put((byte) 'Z');
            }
            case ISO_OFFSET -> {
                long local = epochMicros + offsetMinutes * 60 * SampleScenario.MICROS_PER_SECOND;
                writeDateTime(sink, local, 'T');
                sink.put((byte) '.').putPadded(Math.floorMod(Math.floorDiv(local, 1000), 1000), 3);
                int offset = Math.abs(offsetMinutes);
                sink.put((byte) (offsetMinutes < 0 ? '-' : '+')).putPadded(offset / 60, 2)
                        .put((byte) ':').putPadded(offset % 60, 2);
            }
            case LOCAL_MICROS -> {
                writeDateTime(sink, epochMicros, ' ');
                sink.put((byte) '.').putPadded(Math.floorMod(epochMicros, 1_000_000L), 6);
            }
            case EPOCH_MILLIS -> sink.putLong(Math.floorDiv(epochMicros, 1000));
        }
    }

    /** Writes the value as a JSON value: a string, or a number for epoch milliseconds. */
    void writeJson(AsciiSink sink, long epochMicros, int offsetMinutes) throws IOException {
        if (this == EPOCH_MILLIS) {
            write(sink, epochMicros, offsetMinutes);
            return;
        }
        sink.put((byte) '"');
        write(sink, epochMicros, offsetMinutes);
        sink.put((byte) '"');
    }

    private static void writeDateTime(AsciiSink sink, long epochMicros, char separator) throws IOException {
        long seconds = Math.floorDiv(epochMicros, SampleScenario.MICROS_PER_SECOND);
        long days = Math.floorDiv(seconds, 86_400);
        long secondOfDay = seconds - days * 86_400;
        writeDate(sink, days);
        sink.put((byte) separator)
                .putPadded(secondOfDay / 3600, 2).put((byte) ':')
                .putPadded(secondOfDay / 60 % 60, 2).put((byte) ':')
                .putPadded(secondOfDay % 60, 2);
    }

    /**
     * Civil date from days since 1970-01-01, without allocating (H. Hinnant, "chrono-Compatible Low-Level Date
     * Algorithms", civil_from_days). Checked against java.time in TimestampFormatTest.
     */
    private static void writeDate(AsciiSink sink, long epochDay) throws IOException {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        sink.putPadded(year, 4).put((byte) '-').putPadded(month, 2).put((byte) '-').putPadded(day, 2);
    }
}
