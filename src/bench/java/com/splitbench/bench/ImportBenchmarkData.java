package com.splitbench.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's large exports, deterministically (fixed seed): an assignments file with one row per user
 * (three experiments, a JSON context) and a metric events file over 14 days with ISO-8601 millisecond times. The
 * events file has about 69 bytes a row, like the export the issue measures (10M rows, about 690 MB).
 */
final class ImportBenchmarkData {

    static final String[] EXPERIMENTS = {"checkout_redesign", "pricing_page_v2", "onboarding_flow"};
    static final String[] VARIANTS = {"control", "treatment"};
    static final String[] EVENT_TYPES = {"page_view", "add_to_cart", "purchase", "signup"};
    static final String[] DEVICES = {"mobile", "desktop", "tablet"};
    static final String[] COUNTRIES = {"US", "DE", "GB", "FR", "IN", "BR"};
    static final long START_MILLIS = 1_709_251_200_000L; // 2024-03-01T00:00:00Z
    static final long SPAN_MILLIS = 14L * 86_400_000L;

    private ImportBenchmarkData() {
    }

    static void writeAssignments(Path file, int users) throws IOException {
        SplittableRandom random = new SplittableRandom(20240301);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            Line line = new Line();
            line.text("user_id,experiment,variant,assigned_at,context\n");
            for (int u = 0; u < users; u++) {
                long time = START_MILLIS + (long) ((double) u / users * SPAN_MILLIS / 2) + random.nextInt(60_000);
                line.userId(u).ch(',').text(EXPERIMENTS[u % EXPERIMENTS.length]).ch(',')
                        .text(VARIANTS[random.nextInt(VARIANTS.length)]).ch(',').iso(time).ch(',')
                        .text("\"{\"\"device\"\":\"\"").text(DEVICES[random.nextInt(DEVICES.length)])
                        .text("\"\",\"\"country\"\":\"\"").text(COUNTRIES[random.nextInt(COUNTRIES.length)])
                        .text("\"\"}\"\n");
                line.flushTo(out);
            }
            line.finish(out);
        }
    }

    static void writeEvents(Path file, int users, long events) throws IOException {
        SplittableRandom random = new SplittableRandom(20240314);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            Line line = new Line();
            line.text("user_id,experiment,event_type,value,timestamp\n");
            for (long i = 0; i < events; i++) {
                int user = random.nextInt(users);
                long time = START_MILLIS + (long) ((double) i / events * SPAN_MILLIS) + random.nextInt(1000);
                int type = random.nextInt(10) < 6 ? 0 : random.nextInt(EVENT_TYPES.length);
                line.userId(user).ch(',').text(EXPERIMENTS[user % EXPERIMENTS.length]).ch(',')
                        .text(EVENT_TYPES[type]).ch(',');
                if (type == 2) {
                    line.cents(500 + random.nextInt(20_000));
                }
                line.ch(',').iso(time).ch('\n');
                if (random.nextInt(1000) == 0) {
                    line.repeatLast(); // real exports carry a few exact duplicate rows
                }
                line.flushTo(out);
            }
            line.finish(out);
        }
    }

    /** A byte line builder without per-row allocation. */
    private static final class Line {
        private final byte[] buf = new byte[1 << 16];
        private int size;
        private int rowStart;

        Line text(String s) {
            for (int i = 0; i < s.length(); i++) {
                buf[size++] = (byte) s.charAt(i);
            }
            return this;
        }

        Line ch(char c) {
            buf[size++] = (byte) c;
            return this;
        }

        Line userId(int id) {
            text("user_");
            return digits(id, 7);
        }

        Line digits(long value, int width) {
            for (int i = width - 1; i >= 0; i--) {
                buf[size + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += width;
            return this;
        }

        Line cents(int cents) {
            text(Integer.toString(cents / 100)).ch('.');
            return digits(cents % 100, 2);
        }

        Line iso(long millis) {
            long days = Math.floorDiv(millis, 86_400_000L);
            long ms = Math.floorMod(millis, 86_400_000L);
            java.time.LocalDate date = java.time.LocalDate.ofEpochDay(days);
            digits(date.getYear(), 4).ch('-').digits(date.getMonthValue(), 2).ch('-').digits(date.getDayOfMonth(), 2);
            ch('T').digits(ms / 3_600_000, 2).ch(':').digits(ms / 60_000 % 60, 2).ch(':').digits(ms / 1000 % 60, 2);
            return ch('.').digits(ms % 1000, 3).ch('Z');
        }

        void repeatLast() {
            int length = size - rowStart;
            System.arraycopy(buf, rowStart, buf, size, length);
            size += length;
        }

        void flushTo(OutputStream out) throws IOException {
            if (size > buf.length - 1024) {
                out.write(buf, 0, size);
                size = 0;
            }
            rowStart = size;
        }

        void finish(OutputStream out) throws IOException {
            out.write(buf, 0, size);
            size = 0;
        }
    }

    static String describe(Path file) throws IOException {
        return file.getFileName() + " (" + Files.size(file) / 1_000_000 + " MB)";
    }
}
