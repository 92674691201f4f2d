package com.splitbench.analysis.local;

import com.splitbench.analysis.model.MomentsTable;
import com.splitbench.analysis.model.SeriesPoint;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds cumulative per-variant moments over time by replaying a metric's contributions in day order. Each user's
 * running aggregate changes only when they have an event, so each day holds the change in Σy, Σy², … caused that
 * day, and a prefix sum gives the cumulative moments. One pass, whatever the number of days.
 *
 * <p>By calendar day, a point includes the users exposed by the end of that day and their events up to then. By
 * days since exposure, point k includes the users observed for at least k+1 full days and their events in their
 * first k+1 days, so that every user in a point had the same time to convert.
 */
final class CumulativeSeries {

    private final ExposureIndex index;
    private final MetricProgram program;
    private final MetricValues values;
    private final ContributionLog log;
    private final int variants;

    CumulativeSeries(ExposureIndex index, MetricProgram program, MetricValues values, ContributionLog log) {
        this.index = index;
        this.program = program;
        this.values = values;
        this.log = log;
        this.variants = index.variants().size();
    }

    List<SeriesPoint> byCalendarDay(long dayOrigin, int dayCount) {
        MomentsTable[] changes = tables(dayCount);
        for (int user = 0; user < index.userCount(); user++) {
            int day = clamp((int) Math.floorDiv(index.exposure(user) - dayOrigin, EventScan.DAY_MILLIS), dayCount);
            changes[day].addUserSigned(index.variant(user), 1, 0, 0, values.covariate(user));
        }
        replay(log.orderByCalendarDay(dayCount), changes, true, null);
        List<SeriesPoint> points = new ArrayList<>();
        MomentsTable cumulative = new MomentsTable(variants);
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(dayOrigin, EventScan.DAY_MILLIS));
        for (int day = 0; day < dayCount; day++) {
            cumulative.addAll(changes[day]);
            points.add(new SeriesPoint(first.plusDays(day).toString(), List.of(cumulative.toArray())));
        }
        return points;
    }

    List<SeriesPoint> bySinceExposure(long dataEnd, int maxDays) {
        int[] observedDays = new int[index.userCount()];
        int dayCount = 0;
        for (int user = 0; user < index.userCount(); user++) {
            long observed = Math.max(0, (dataEnd - index.exposure(user)) / EventScan.DAY_MILLIS);
            observedDays[user] = (int) Math.min(observed, maxDays);
            dayCount = Math.max(dayCount, observedDays[user]);
        }
        if (dayCount == 0) {
            return List.of();
        }
        MomentsTable[] changes = tables(dayCount + 1);
        for (int user = 0; user < index.userCount(); user++) {
            if (observedDays[user] >= 1) {
                changes[0].addUserSigned(index.variant(user), 1, 0, 0, values.covariate(user));
            }
        }
        double[][] running = replay(log.orderBySinceDay(dayCount + 1), changes, false, observedDays);
        for (int user = 0; user < index.userCount(); user++) {
            int leaves = observedDays[user];
            if (leaves >= 1) {
                changes[leaves].addUserSigned(index.variant(user), -1, values.y(running[0][user]),
                        running[1] == null ? 0 : values.d(running[1][user]), values.covariate(user));
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        MomentsTable cumulative = new MomentsTable(variants);
        for (int k = 0; k < dayCount; k++) {
            cumulative.addAll(changes[k]);
            points.add(new SeriesPoint(Integer.toString(k + 1), List.of(cumulative.toArray())));
        }
        return points;
    }

    /** Applies contributions in the given order; returns the running raw aggregates (numerator, denominator). */
    private double[][] replay(int[] order, MomentsTable[] changes, boolean calendar, int[] observedDays) {
        double[] num = new double[index.userCount()];
        double[] den = program.isRatio() ? new double[index.userCount()] : null;
        for (int i : order) {
            int user = log.user(i);
            int day = calendar ? log.calendarDay(i) : log.sinceDay(i);
            if (observedDays != null && day >= observedDays[user]) {
                continue;
            }
            double y0 = values.y(num[user]);
            double d0 = den == null ? 0 : values.d(den[user]);
            if (log.isDenominator(i)) {
                den[user] += log.amount(i);
            } else {
                num[user] += log.amount(i);
            }
            double y1 = values.y(num[user]);
            double d1 = den == null ? 0 : values.d(den[user]);
            if (y0 != y1 || d0 != d1) {
                changes[clamp(day, changes.length)].addChange(index.variant(user), y0, d0, y1, d1,
                        values.covariate(user));
            }
        }
        return new double[][] {num, den};
    }

    private MomentsTable[] tables(int count) {
        MomentsTable[] tables = new MomentsTable[count];
        Arrays.setAll(tables, i -> new MomentsTable(variants));
        return tables;
    }

    private static int clamp(int day, int count) {
        return Math.max(0, Math.min(day, count - 1));
    }

    static LocalDate dayOf(long millis) {
        return java.time.Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
