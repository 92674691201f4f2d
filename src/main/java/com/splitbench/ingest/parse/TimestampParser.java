package com.splitbench.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneRules;

/**
 * Reads the timestamps exports use into epoch milliseconds, straight from bytes:
 * <ul>
 * <li>ISO-8601 and {@code yyyy-MM-dd HH:mm[:ss[.fffffffff]]}, with {@code T} or a space, with or without a zone
 * ({@code Z}, {@code UTC}, {@code +01:00}, {@code +0100}, {@code +01}); a date alone is midnight;</li>
 * <li>compact dates {@code yyyyMMdd} (BigQuery's and GA4's {@code event_date}), midnight like a date alone: eight
 * digits that begin with 19, 20 or 21 are a date and must be a valid one. As epoch seconds they would be times
 * in 1970–1973, which no experiment export holds, and reading them so would put days seconds apart;</li>
 * <li>epoch numbers, told apart by magnitude: below 10^11 seconds (until year 5138), below 10^14
 * milliseconds, below 10^17 microseconds, otherwise nanoseconds; a fraction is allowed;</li>
 * <li>anything else java.time's ISO parser takes (such as {@code 2024-03-01T10:00+01:00[Europe/Berlin]}).</li>
 * </ul>
 * Times without a zone are in the default zone. A local time that a daylight-saving change skips is moved
 * forward by the gap, and one that occurs twice takes the earlier offset (java.time's rules). Sub-millisecond
 * digits are dropped (truncation toward the past).
 */
public final class TimestampParser {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final int fixedOffset;
    private final boolean fixed;
    private long cachedHour = Long.MIN_VALUE;
    private int cachedOffset;

    public TimestampParser(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffset = fixed ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() : 0;
    }

    public long parse(byte[] b, int start, int end) throws BadValueException {
        while (start < end && b[start] == ' ') {
            start++;
        }
        while (end > start && b[end - 1] == ' ') {
            end--;
        }
        if (start == end) {
            throw new BadValueException("empty time");
        }
        int length = end - start;
        if (length >= 10 && b[start + 4] == '-' && b[start + 7] == '-') {
            long millis = isoFast(b, start, end);
            if (millis != Long.MIN_VALUE) {
                return millis;
            }
        } else if (length == 8 && isCompactDate(b, start)) {
            int year = digits(b, start, 4);
            int month = digits(b, start + 4, 2);
            int day = digits(b, start + 6, 2);
            checkDate(year, month, day);
            return localToEpochMillis(daysFromCivil(year, month, day) * 86_400, 0);
        } else if (isDigit(b[start]) || b[start] == '-' && length > 1 && isDigit(b[start + 1])) {
            long millis = epochNumber(b, start, end);
            if (millis != Long.MIN_VALUE) {
                return millis;
            }
        }
        return slow(new String(b, start, length, StandardCharsets.UTF_8));
    }

    /** The fast path for the common ISO shapes; Long.MIN_VALUE when the text is not one of them. */
    private long isoFast(byte[] b, int s, int end) throws BadValueException {
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return Long.MIN_VALUE;
        }
        checkDate(year, month, day);
        int p = s + 10;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int millis = 0;
        if (p < end) {
            if (b[p] != 'T' && b[p] != ' ' && b[p] != 't' || p + 6 > end || b[p + 3] != ':') {
                return Long.MIN_VALUE;
            }
            hour = digits(b, p + 1, 2);
            minute = digits(b, p + 4, 2);
            p += 6;
            if (p + 3 <= end && b[p] == ':') {
                second = digits(b, p + 1, 2);
                p += 3;
                if (p < end && (b[p] == '.' || b[p] == ',')) {
                    p++;
                    int fractionStart = p;
                    while (p < end && isDigit(b[p])) {
                        if (p - fractionStart < 3) {
                            millis = millis * 10 + (b[p] - '0');
                        }
                        p++;
                    }
                    int fractionDigits = p - fractionStart;
                    if (fractionDigits == 0 || fractionDigits > 9) {
                        return Long.MIN_VALUE;
                    }
                    for (int i = fractionDigits; i < 3; i++) {
                        millis *= 10;
                    }
                }
            }
            if (hour < 0 || minute < 0 || second < 0) {
                return Long.MIN_VALUE;
            }
            if (hour > 23 || minute > 59 || second > 59) {
                throw new BadValueException("time of day out of range");
            }
        }
        long localSeconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        int offset;
        if (p == end) {
            return localToEpochMillis(localSeconds, millis);
        }
        offset = zoneSuffix(b, p, end);
        if (offset == Integer.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        return (localSeconds - offset) * 1000 + millis;
    }

    /** Parses Z, UTC, +hh:mm, +hhmm or +hh (with an optional leading space); Integer.MIN_VALUE otherwise. */
    private static int zoneSuffix(byte[] b, int p, int end) {
        if (b[p] == ' ') {
            p++;
        }
        int length = end - p;
        if (length == 1 && (b[p] == 'Z' || b[p] == 'z')) {
            return 0;
        }
        if (length == 3 && b[p] == 'U' && b[p + 1] == 'T' && b[p + 2] == 'C') {
            return 0;
        }
        if (length < 3 || b[p] != '+' && b[p] != '-') {
            return Integer.MIN_VALUE;
        }
        int sign = b[p] == '-' ? -1 : 1;
        int hours = digits(b, p + 1, 2);
        int minutes = 0;
        if (length == 6 && b[p + 3] == ':') {
            minutes = digits(b, p + 4, 2);
        } else if (length == 5) {
            minutes = digits(b, p + 3, 2);
        } else if (length != 3) {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        return sign * (hours * 3600 + minutes * 60);
    }

    private long localToEpochMillis(long localSeconds, int millis) {
        if (fixed) {
            return (localSeconds - fixedOffset) * 1000 + millis;
        }
        long hour = Math.floorDiv(localSeconds, 3600);
        if (hour != cachedHour) {
            LocalDateTime hourStart = LocalDateTime.ofEpochSecond(hour * 3600, 0, ZoneOffset.UTC);
            var atStart = rules.getValidOffsets(hourStart);
            var atEnd = rules.getValidOffsets(hourStart.plusSeconds(3599));
            if (atStart.size() != 1 || !atStart.equals(atEnd)) {
                // A daylight-saving change inside this local hour: let java.time place the time exactly.
                LocalDateTime local = LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC);
                return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond() * 1000 + millis;
            }
            cachedHour = hour;
            cachedOffset = atStart.get(0).getTotalSeconds();
        }
        return (localSeconds - cachedOffset) * 1000 + millis;
    }

    private static long epochNumber(byte[] b, int s, int end) throws BadValueException {
        boolean negative = b[s] == '-';
        int p = negative ? s + 1 : s;
        long whole = 0;
        int wholeDigits = 0;
        while (p < end && isDigit(b[p])) {
            if (++wholeDigits > 19) {
                throw new BadValueException("epoch number too large");
            }
            whole = whole * 10 + (b[p++] - '0');
        }
        // The fraction's first three digits, as an integer: summing digits in floating point made .035 into .034.
        int fractionMillis = 0;
        if (p < end && b[p] == '.') {
            int fractionDigits = 0;
            for (p++; p < end && isDigit(b[p]); p++) {
                if (fractionDigits++ < 3) {
                    fractionMillis = fractionMillis * 10 + (b[p] - '0');
                }
            }
            for (; fractionDigits < 3; fractionDigits++) {
                fractionMillis *= 10;
            }
        }
        if (p != end || wholeDigits == 0) {
            return Long.MIN_VALUE;
        }
        long millis;
        if (whole < 100_000_000_000L) {
            millis = whole * 1000 + fractionMillis;
        } else if (whole < 100_000_000_000_000L) {
            millis = whole;
        } else if (whole < 100_000_000_000_000_000L) {
            millis = whole / 1000;
        } else {
            millis = whole / 1_000_000;
        }
        return negative ? -millis : millis;
    }

    private long slow(String text) throws BadValueException {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                    LocalDateTime::from);
            ZonedDateTime time = parsed instanceof ZonedDateTime zoned ? zoned
                    : ZonedDateTime.ofLocal((LocalDateTime) parsed, zone, null);
            return time.toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            throw new BadValueException("'" + Numbers.abbreviate(text) + "' is not a time this importer reads"
                    + " (ISO-8601, yyyy-MM-dd HH:mm:ss[.ffffff], yyyyMMdd, or epoch seconds, milliseconds or"
                    + " microseconds)");
        }
    }

    private static void checkDate(int year, int month, int day) throws BadValueException {
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new BadValueException(String.format("%04d-%02d-%02d is not a date", year, month, day));
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms"). */
    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int digits(byte[] b, int p, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            int c = b[p + i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            value = value * 10 + c;
        }
        return value;
    }

    /** Eight digits from offset s that begin with 19, 20 or 21: a yyyyMMdd date, never epoch seconds. */
    private static boolean isCompactDate(byte[] b, int s) {
        if (digits(b, s, 8) < 0) {
            return false;
        }
        int century = digits(b, s, 2);
        return century >= 19 && century <= 21;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
