package com.splitbench.report.file;

import java.util.List;
import java.util.Map;

/**
 * Field checks for values read from a report: each names the field's JSON path and what is wrong, and returns the
 * value when it is allowed. Used on write too, so that Splitbench never writes a report it would refuse to open.
 */
final class Fields {

    private Fields() {
    }

    static <T> T required(T value, String path) {
        if (value == null) {
            throw new ContentException(path, "is missing");
        }
        return value;
    }

    static String name(String value, String path) {
        return name(value, ReportLimits.MAX_NAME, path);
    }

    static String name(String value, int maxLength, String path) {
        required(value, path);
        if (value.isBlank()) {
            throw new ContentException(path, "is empty");
        }
        return text(value, maxLength, path);
    }

    /** Optional free text: null becomes empty. */
    static String text(String value, int maxLength, String path) {
        if (value == null) {
            return "";
        }
        if (value.length() > maxLength) {
            throw new ContentException(path, "is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                throw new ContentException(path, "contains the control character U+" + String.format("%04X", (int) c));
            }
        }
        return value;
    }

    static long count(Long value, String path) {
        required(value, path);
        if (value < 0) {
            throw new ContentException(path, "must not be negative, got " + value);
        }
        return value;
    }

    static double finite(Double value, String path) {
        required(value, path);
        return finite(value.doubleValue(), path);
    }

    static double finite(double value, String path) {
        if (!Double.isFinite(value)) {
            throw new ContentException(path, "must be a finite number, got " + value);
        }
        return value;
    }

    static double probability(Double value, String path) {
        double p = finite(value, path);
        if (p < 0 || p > 1) {
            throw new ContentException(path, "must be between 0 and 1, got " + p);
        }
        return p;
    }

    static String sha256(String value, String path) {
        required(value, path);
        if (!value.matches("[0-9a-f]{64}")) {
            throw new ContentException(path, "must be 64 lowercase hex digits (a SHA-256)");
        }
        return value;
    }

    /** A list that is present, has no null element and at most {@code max} elements. */
    static <T> List<T> list(List<T> value, int max, String path) {
        required(value, path);
        if (value.size() > max) {
            throw new ContentException(path, "has " + value.size() + " entries, at most " + max + " are allowed");
        }
        for (int i = 0; i < value.size(); i++) {
            required(value.get(i), path + "[" + i + "]");
        }
        return value;
    }

    static <T> List<T> listOfSize(List<T> value, int size, String path) {
        required(value, path);
        if (value.size() != size) {
            throw new ContentException(path, "has " + value.size() + " entries, expected " + size
                    + " (one per variant)");
        }
        return list(value, size, path);
    }

    static <K, V> Map<K, V> map(Map<K, V> value, int max, String path) {
        required(value, path);
        if (value.size() > max) {
            throw new ContentException(path, "has " + value.size() + " entries, at most " + max + " are allowed");
        }
        return value;
    }

    static String key(String path, String key) {
        return path + "[\"" + (key.length() > 40 ? key.substring(0, 40) + "…" : key) + "\"]";
    }
}
