package com.splitbench.analysis.local;

import com.splitbench.analysis.model.MomentsTable;
import com.splitbench.analysis.model.SeriesPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds cumulative per-variant moments over time from a metric's in-window contributions. A user's running
 * aggregate changes only when they have an event, so each day holds the change in Σy, Σy², … that the day caused,
 * and a prefix sum over days gives the cumulative moments: one pass, whatever the number of days.
 *
 * <p>The pass is user-major: contributions are grouped by user (a counting sort) and each user's are replayed in
 * time order, which keeps the per-user arrays sequential in memory. Calendar day and day since exposure both grow
 * with time for a given user, so one ordering serves both series; changes within one day telescope, so their order
 * inside the day does not matter.
 *
 * <p>By calendar day, a point includes the users exposed by the end of that day and their events up to then. By
 * days since exposure, point k includes the users observed for at least k+1 full days and their events in their
 * first k+1 days, so that every user in a point had the same time to convert.
 */
final class CumulativeSeries {

    /** Both series of one metric. */
    record Series(List<SeriesPoint> calendar, List<SeriesPoint> sinceExposure) {
    }

    private static final int INSERTION_SORT_LIMIT = 32;

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

    Series compute(long dayOrigin, int calendarDays, long dataEnd, int maxSinceDays) {
        int users = index.userCount();
        int[] observed = new int[users];
        int sinceDays = 0;
        for (int user = 0; user < users; user++) {
            long days = Math.max(0, (dataEnd - index.exposure(user)) / EventScan.DAY_MILLIS);
            observed[user] = (int) Math.min(days, maxSinceDays);
            sinceDays = Math.max(sinceDays, observed[user]);
        }
        MomentsTable[] calendar = tables(calendarDays);
        MomentsTable[] since = tables(sinceDays + 1);
        int[] starts = new int[users + 1];
        int[] order = log.orderByUser(users, starts);
        long[] scratch = new long[16];
        Running start = new Running();
        for (int user = 0; user < users; user++) {
            int v = index.variant(user);
            double x = values.covariate(user);
            int exposureDay = clamp(Math.floorDiv(index.exposure(user) - dayOrigin, EventScan.DAY_MILLIS),
                    calendarDays);
            // A user enters with the value of no events yet: cap(0), which is not 0 under a negative cap.
            calendar[exposureDay].addUserSigned(v, 1, start.y(), start.d(), x);
            int leaves = observed[user];
            if (leaves >= 1) {
                since[0].addUserSigned(v, 1, start.y(), start.d(), x);
            }
            int from = starts[user];
            int count = starts[user + 1] - from;
            if (scratch.length < count) {
                scratch = new long[Math.max(count, scratch.length * 2)];
            }
            sortByTime(order, from, count, scratch);
            Running all = new Running();
            Running observedPart = new Running();
            for (int k = 0; k < count; k++) {
                int i = (int) scratch[k];
                double amount = log.amount(i);
                boolean isDenominator = log.isDenominator(i);
                all.add(isDenominator, amount, calendar[clamp(log.calendarDay(i), calendarDays)], v, x);
                int day = log.sinceDay(i);
                if (day < leaves) {
                    observedPart.add(isDenominator, amount, since[day], v, x);
                }
            }
            if (leaves >= 1) {
                since[leaves].addUserSigned(v, -1, observedPart.y(), observedPart.d(), x);
            }
        }
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(dayOrigin, EventScan.DAY_MILLIS));
        return new Series(cumulate(calendar, calendarDays, d -> first.plusDays(d).toString()),
                cumulate(since, sinceDays, k -> Integer.toString(k + 1)));
    }

    /** One user's running raw aggregates in one series, and the per-user values they give. */
    private final class Running {
        private double numerator;
        private double denominator;

        double y() {
            return values.y(numerator);
        }

        double d() {
            return program.isRatio() ? values.d(denominator) : 0;
        }

        /** Adds a contribution and records the change it makes to the user's contribution in {@code table}. */
        void add(boolean toDenominator, double amount, MomentsTable table, int variant, double covariate) {
            double y0 = y();
            double d0 = d();
            if (toDenominator) {
                denominator += amount;
            } else {
                numerator += amount;
            }
            double y1 = y();
            double d1 = d();
            if (y0 != y1 || d0 != d1) {
                table.addChange(variant, y0, d0, y1, d1, covariate);
            }
        }
    }

    /**
     * Puts the contribution indexes {@code order[from, from + count)} into {@code scratch[0, count)} in time
     * order: by (calendar day, day since exposure), which for one user is consistent with time.
     */
    private void sortByTime(int[] order, int from, int count, long[] scratch) {
        for (int k = 0; k < count; k++) {
            int i = order[from + k];
            scratch[k] = (long) log.dayKey(i) << 32 | i;
        }
        if (count <= INSERTION_SORT_LIMIT) {
            for (int a = 1; a < count; a++) {
                long key = scratch[a];
                int b = a - 1;
                while (b >= 0 && scratch[b] > key) {
                    scratch[b + 1] = scratch[b];
                    b--;
                }
                scratch[b + 1] = key;
            }
        } else {
            Arrays.sort(scratch, 0, count);
        }
        for (int k = 0; k < count; k++) {
            scratch[k] = scratch[k] & 0xFFFF_FFFFL;
        }
    }

    private List<SeriesPoint> cumulate(MomentsTable[] changes, int count, java.util.function.IntFunction<String> label) {
        List<SeriesPoint> points = new ArrayList<>();
        MomentsTable cumulative = new MomentsTable(variants);
        for (int k = 0; k < count; k++) {
            cumulative.addAll(changes[k]);
            points.add(new SeriesPoint(label.apply(k), List.of(cumulative.toArray())));
        }
        return points;
    }

    private MomentsTable[] tables(int count) {
        MomentsTable[] tables = new MomentsTable[count];
        Arrays.setAll(tables, i -> new MomentsTable(variants));
        return tables;
    }

    private static int clamp(long day, int count) {
        return (int) Math.max(0, Math.min(day, count - 1));
    }
}
