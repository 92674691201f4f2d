package com.splitbench.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Expected instants are written out by hand from the calendar and the zone rules they name. */
class TimestampParserTest {

    private static long parse(TimestampParser parser, String text) throws BadValueException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return parser.parse(b, 0, b.length);
    }

    private static long utc(String text) throws BadValueException {
        return parse(new TimestampParser(ZoneOffset.UTC), text);
    }

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void readsIsoTimesWithAndWithoutZoneAndFraction() throws BadValueException {
        assertThat(utc("2024-03-01T12:34:56Z")).isEqualTo(at("2024-03-01T12:34:56Z"));
        assertThat(utc("2024-03-01T12:34:56.789Z")).isEqualTo(at("2024-03-01T12:34:56.789Z"));
        assertThat(utc("2024-03-01T12:34:56.7+01:00")).isEqualTo(at("2024-03-01T11:34:56.700Z"));
        assertThat(utc("2024-03-01 12:34:56-0530")).isEqualTo(at("2024-03-01T18:04:56Z"));
        assertThat(utc("2024-03-01 12:34:56 UTC")).isEqualTo(at("2024-03-01T12:34:56Z"));
        assertThat(utc("2024-03-01T12:34")).isEqualTo(at("2024-03-01T12:34:00Z"));
        assertThat(utc("2024-03-01")).isEqualTo(at("2024-03-01T00:00:00Z"));
        assertThat(utc("2024-02-29T23:59:59.999999999")).isEqualTo(at("2024-02-29T23:59:59.999Z"));
        assertThat(utc("1969-12-31T23:59:59Z")).isEqualTo(-1000);
        assertThat(utc("2024-03-01T10:00+01:00[Europe/Berlin]")).isEqualTo(at("2024-03-01T09:00:00Z"));
    }

    @Test
    void readsMicrosecondExportTimesInTheDefaultZone() throws BadValueException {
        // page_design_subscriptions.csv writes "2021-01-05 00:31:25.931433" (no zone).
        assertThat(utc("2021-01-05 00:31:25.931433")).isEqualTo(at("2021-01-05T00:31:25.931Z"));
        TimestampParser newYork = new TimestampParser(ZoneId.of("America/New_York"));
        assertThat(parse(newYork, "2021-01-05 00:31:25.931433")).isEqualTo(at("2021-01-05T05:31:25.931Z"));
    }

    @Test
    void toldEpochSecondsMillisAndMicrosApartByMagnitude() throws BadValueException {
        assertThat(utc("1709294400")).isEqualTo(at("2024-03-01T12:00:00Z"));
        assertThat(utc("1709294400.25")).isEqualTo(at("2024-03-01T12:00:00.250Z"));
        assertThat(utc("1709294400123")).isEqualTo(at("2024-03-01T12:00:00.123Z"));
        assertThat(utc("1709294400123456")).isEqualTo(at("2024-03-01T12:00:00.123Z"));
        assertThat(utc("1709294400123456789")).isEqualTo(at("2024-03-01T12:00:00.123Z"));
    }

    @Test
    void readsCompactDatesAsDatesNotEpochSeconds() throws BadValueException {
        // BigQuery's and GA4's event_date: as epoch seconds 20250303 would be 1970-08-23T09:05:03Z.
        assertThat(utc("20250303")).isEqualTo(at("2025-03-03T00:00:00Z"));
        assertThat(utc("20250313") - utc("20250303")).as("ten days apart, not ten seconds")
                .isEqualTo(10 * 86_400_000L);
        assertThat(utc("19991231")).isEqualTo(at("1999-12-31T00:00:00Z"));
        TimestampParser newYork = new TimestampParser(ZoneId.of("America/New_York"));
        assertThat(parse(newYork, "20250303")).as("midnight in the default zone, as a date alone")
                .isEqualTo(at("2025-03-03T05:00:00Z"));
        assertThat(utc("12345678")).as("other eight-digit numbers stay epoch seconds")
                .isEqualTo(12_345_678_000L);
        TimestampParser parser = new TimestampParser(ZoneOffset.UTC);
        for (String bad : new String[] {"20251301", "20250230", "20250000"}) {
            assertThatThrownBy(() -> parse(parser, bad)).as(bad).isInstanceOf(BadValueException.class)
                    .hasMessageContaining("is not a date");
        }
    }

    @Test
    void keepsTheMillisecondsOfAFractionOfEpochSeconds() throws BadValueException {
        // Summed in floating point, .035 became 0.034999... and then 34 ms.
        assertThat(utc("1741000000.035")).isEqualTo(1_741_000_000_035L);
        assertThat(utc("1741000000.0359")).isEqualTo(1_741_000_000_035L);
        assertThat(utc("1741000000.5")).isEqualTo(1_741_000_000_500L);
        assertThat(utc("-1.5")).isEqualTo(-1_500L);
    }

    @Test
    void placesLocalTimesAroundDaylightSavingChanges() throws BadValueException {
        // Europe/Berlin: 2024-03-31 02:00 CET jumps to 03:00 CEST; 2024-10-27 03:00 CEST falls back to 02:00 CET.
        TimestampParser berlin = new TimestampParser(ZoneId.of("Europe/Berlin"));
        assertThat(parse(berlin, "2024-03-31 01:59:59")).isEqualTo(at("2024-03-31T00:59:59Z"));
        assertThat(parse(berlin, "2024-03-31 02:30:00")).as("in the gap: moved forward by the gap")
                .isEqualTo(at("2024-03-31T01:30:00Z"));
        assertThat(parse(berlin, "2024-03-31 03:00:00")).isEqualTo(at("2024-03-31T01:00:00Z"));
        assertThat(parse(berlin, "2024-03-31 01:59:59")).as("cache does not leak across the change")
                .isEqualTo(at("2024-03-31T00:59:59Z"));
        assertThat(parse(berlin, "2024-10-27 01:59:59")).isEqualTo(at("2024-10-26T23:59:59Z"));
        assertThat(parse(berlin, "2024-10-27 02:30:00")).as("occurs twice: the earlier offset")
                .isEqualTo(at("2024-10-27T00:30:00Z"));
        assertThat(parse(berlin, "2024-10-27 03:00:00")).isEqualTo(at("2024-10-27T02:00:00Z"));
        assertThat(parse(berlin, "2024-07-01 12:00:00")).isEqualTo(at("2024-07-01T10:00:00Z"));
        assertThat(parse(berlin, "2024-12-01 12:00:00")).isEqualTo(at("2024-12-01T11:00:00Z"));
    }

    @Test
    void rejectsWhatIsNotATime() {
        TimestampParser parser = new TimestampParser(ZoneOffset.UTC);
        for (String bad : new String[] {"yesterday", "2024-13-01", "2024-02-30 10:00:00", "2024-03-01 25:00:00",
            "", "12:00", "2024-03-01T10:00:00+25:00"}) {
            assertThatThrownBy(() -> parse(parser, bad)).as(bad).isInstanceOf(BadValueException.class);
        }
    }
}
