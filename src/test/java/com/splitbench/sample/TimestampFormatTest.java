package com.splitbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The allocation-free timestamp writer agrees with java.time for every format. */
class TimestampFormatTest {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final DateTimeFormatter LOCAL_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Test
    void writesTheSameTextAsJavaTimeAcrossCenturiesLeapDaysAndOffsets() throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        int[] offsets = {-300, -180, 0, 60, 330, 540, -570};
        long from = Instant.parse("1901-01-01T00:00:00Z").getEpochSecond() * 1_000_000L;
        long to = Instant.parse("2199-12-31T23:59:59Z").getEpochSecond() * 1_000_000L;
        for (int i = 0; i < 20_000; i++) {
            long micros = i < 4 ? fixed(i) : from + random.nextLong(to - from);
            int offset = offsets[i % offsets.length];
            Instant instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1000);
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset * 60);
            assertThat(write(TimestampFormat.ISO_UTC, micros, offset))
                    .isEqualTo(ISO_MILLIS.format(instant.atOffset(ZoneOffset.UTC)) + "Z");
            assertThat(write(TimestampFormat.ISO_OFFSET, micros, offset))
                    .isEqualTo(ISO_MILLIS.format(instant.atOffset(zone)) + (offset == 0 ? "+00:00" : zone.getId()));
            assertThat(write(TimestampFormat.LOCAL_MICROS, micros, offset))
                    .isEqualTo(LOCAL_MICROS.format(instant.atOffset(ZoneOffset.UTC)));
            assertThat(write(TimestampFormat.EPOCH_MILLIS, micros, offset))
                    .isEqualTo(Long.toString(instant.toEpochMilli()));
        }
    }

    @Test
    void writesEpochMillisAsABareJsonNumberAndOtherFormatsAsStrings() throws IOException {
        long micros = Instant.parse("2025-03-04T10:15:30.123456Z").getEpochSecond() * 1_000_000L + 123_456;
        assertThat(writeJson(TimestampFormat.EPOCH_MILLIS, micros)).isEqualTo("1741083330123");
        assertThat(writeJson(TimestampFormat.ISO_UTC, micros)).isEqualTo("\"2025-03-04T10:15:30.123Z\"");
        assertThat(writeJson(TimestampFormat.LOCAL_MICROS, micros)).isEqualTo("\"2025-03-04 10:15:30.123456\"");
    }

    private static long fixed(int i) {
        String[] instants = {"2024-02-29T23:59:59.999999Z", "2000-02-29T00:00:00Z", "1970-01-01T00:00:00Z",
            "2100-03-01T12:00:00.000001Z"};
        Instant instant = Instant.parse(instants[i]);
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
    }

    private static String write(TimestampFormat format, long micros, int offset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AsciiSink sink = AsciiSink.over(bytes)) {
            format.write(sink, micros, offset);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private static String writeJson(TimestampFormat format, long micros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AsciiSink sink = AsciiSink.over(bytes)) {
            format.writeJson(sink, micros, 0);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
