package com.splitbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciiSinkTest {

    @TempDir
    Path temp;

    @Test
    void formatsNumbersLikeLongToStringIncludingTheExtremes() throws IOException {
        long[] values = {0, 7, 10, 99, 100, -1, -10, 1_741_083_330_123L, Long.MAX_VALUE, Long.MIN_VALUE};
        Path file = temp.resolve("n.txt");
        StringBuilder expected = new StringBuilder();
        try (AsciiSink sink = AsciiSink.open(file, false, false)) {
            for (long value : values) {
                sink.putLong(value).put((byte) ' ');
                expected.append(value).append(' ');
            }
        }
        assertThat(Files.readString(file)).isEqualTo(expected.toString());
    }

    @Test
    void writesCentsWithTwoDecimals() throws IOException {
        Path file = temp.resolve("c.txt");
        try (AsciiSink sink = AsciiSink.open(file, false, false)) {
            sink.putCents(1).put((byte) ' ').putCents(1234).put((byte) ' ').putCents(100_000);
        }
        assertThat(Files.readString(file)).isEqualTo("0.01 12.34 1000.00");
    }

    @Test
    void hashesTheUncompressedBytesSoGzipAndPlainFilesShareAHash() throws IOException {
        String plainHash;
        String gzipHash;
        try (AsciiSink plain = AsciiSink.open(temp.resolve("a.csv"), true, true)) {
            plain.put("a,b").endHeader();
            plain.put("1,2").endRow();
            plainHash = plain.finish();
        }
        try (AsciiSink gzip = AsciiSink.open(temp.resolve("a.csv.gz"), true, true)) {
            gzip.put("a,b").endHeader();
            gzip.put("1,2").endRow();
            gzipHash = gzip.finish();
        }
        assertThat(gzipHash).isEqualTo(plainHash);
        byte[] bytes = Files.readAllBytes(temp.resolve("a.csv"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\n1,2\r\n");
        assertThat(SampleExportGeneratorTest.sha256(bytes)).isEqualTo(plainHash);
    }

    @Test
    void writesChunksLargerThanItsBuffer() throws IOException {
        byte[] large = new byte[200_000];
        java.util.Arrays.fill(large, (byte) 'x');
        Path file = temp.resolve("large.txt");
        try (AsciiSink sink = AsciiSink.open(file, false, false)) {
            sink.put((byte) 'a').put(large).put((byte) 'b');
        }
        assertThat(Files.size(file)).isEqualTo(200_002);
        assertThat(Files.readString(file)).startsWith("ax").endsWith("xb");
    }
}
