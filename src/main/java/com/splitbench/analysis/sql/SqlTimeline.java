package com.splitbench.analysis.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The time frame of an analysis (docs/analysis.md, rules 9 and 17): data end, calendar day 0 (the UTC midnight
 * before the earliest analysed exposure) and the number of calendar days, computed exactly as the local engine
 * does from the population and event summaries.
 */
record SqlTimeline(long dataEnd, long dayOrigin, int dayCount) {

    static SqlTimeline of(OptionalLong firstExposure, OptionalLong lastExposure, OptionalLong lastEvent,
            OptionalLong to) {
        long end = to.orElse(Long.MAX_VALUE);
        long latest = Math.max(lastEvent.orElse(Long.MIN_VALUE), lastExposure.orElse(Long.MIN_VALUE));
        long dataEnd = Math.min(end, latest + 1);
        long origin = Math.floorDiv(firstExposure.orElse(0), AnalysisPlan.DAY_MILLIS) * AnalysisPlan.DAY_MILLIS;
        int days = (int) Math.min(AnalysisPlan.MAX_SERIES_DAYS,
                Math.max(1, Math.floorDiv(dataEnd - 1 - origin, AnalysisPlan.DAY_MILLIS) + 1));
        return new SqlTimeline(dataEnd, origin, days);
    }

    long lastDay() {
        return dayCount - 1;
    }

    /** The ISO dates of the calendar days. */
    List<String> dayLabels() {
        List<String> labels = new ArrayList<>();
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(dayOrigin, AnalysisPlan.DAY_MILLIS));
        for (int day = 0; day < dayCount; day++) {
            labels.add(first.plusDays(day).toString());
        }
        return labels;
    }

    /** The calendar day of an epoch-ms column, clamped to the last day, as SQL (for times at or after day 0). */
    SqlText calendarDay(SqlDialect d, String millisSql) {
        SqlText sinceOrigin = new SqlText(d).add(millisSql + " - ").bindLong(dayOrigin);
        return new SqlText(d).add("LEAST(").add(d.integerDivide(sinceOrigin, DAY)).add(", ").bindLong(lastDay())
                .add(")");
    }

    /** The day length in milliseconds, as SQL. */
    static final String DAY = "86400000";
}
