package com.splitbench.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads generated files in tests, independently of the generator's own code. */
final class ExportFiles {

    private ExportFiles() {
    }

    /** The uncompressed bytes of a file, gunzipped when its name ends in .gz. */
    static byte[] content(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            if (path.getFileName().toString().endsWith(".gz")) {
                try (InputStream gunzip = new GZIPInputStream(in)) {
                    return gunzip.readAllBytes();
                }
            }
            return in.readAllBytes();
        }
    }

    /** The lines of a file without their line ends and without a leading BOM; the header is line 0. */
    static List<String> lines(Path path) throws IOException {
        String text = new String(content(path), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * Splits one CSV record strictly by RFC 4180: a field is either unquoted and free of quotes, or quoted with
     * inner quotes doubled. Anything else is an error, so a test fails on quoting a lenient reader would forgive.
     */
    static List<String> parseCsvRecord(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder field = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("unterminated quoted field in: " + line);
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote at " + i + " in: " + line);
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new IllegalArgumentException("quote inside an unquoted field at " + i + " in: " + line);
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }
}
