package com.splitbench.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small export files written by tests. */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    public static Path gzip(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** An events file of {@code rows} rows over {@code users} users, for tests that need a long import. */
    public static Path bigEvents(Path dir, String name, int rows, int users) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("user_id,event_type,value,timestamp\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                line.append("u").append(i * 7919L % users).append(i % 3 == 0 ? ",purchase," : ",view,")
                        .append(i % 3 == 0 ? String.valueOf(i % 1000 / 10.0) : "").append(',')
                        .append(1_709_251_200L + i).append('\n');
                out.write(line.toString());
            }
        }
        return file;
    }
}
