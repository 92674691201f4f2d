package com.splitbench.analysis.local;

import com.splitbench.analysis.local.EventData.EventBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the metric events of an experiment: per analysed user and metric, the running aggregates inside
 * the conversion window (numerator, denominator) and in the CUPED pre-exposure window; the in-window contributions
 * for the time series; and the health counts. Events before exposure never count as outcomes.
 */
final class EventScan {

    static final long DAY_MILLIS = 86_400_000L;

    private final ExposureIndex index;
    private final List<MetricProgram> programs;
    private final int experimentSymbol;
    private final long endMillis;
    private final long dayOrigin;
    private final int[][] metricsByType;
    final double[][] numerator;
    final double[][] denominator;
    final double[][] covariate;
    final ContributionLog[] logs;

    long eventsBeforeExposure;
    long unassignedUserEvents;
    long eventsOfExcludedUsers;
    long lastEventMillis = Long.MIN_VALUE;

    /**
     * @param endMillis events at or after this time are ignored (the end of the analysis range)
     * @param dayOrigin the start (UTC midnight) of calendar day 0
     * @param keepContributions whether to log contributions for time series
     */
    EventScan(ExposureIndex index, List<MetricProgram> programs, int experimentSymbol, int symbolCount,
            long endMillis, long dayOrigin, boolean keepContributions) {
        this.index = index;
        this.programs = programs;
        this.experimentSymbol = experimentSymbol;
        this.endMillis = endMillis;
        this.dayOrigin = dayOrigin;
        int users = index.userCount();
        int metrics = programs.size();
        this.numerator = new double[metrics][];
        this.denominator = new double[metrics][];
        this.covariate = new double[metrics][];
        this.logs = new ContributionLog[metrics];
        List<List<Integer>> byType = new ArrayList<>();
        for (int s = 0; s < symbolCount; s++) {
            byType.add(null);
        }
        for (int m = 0; m < metrics; m++) {
            MetricProgram program = programs.get(m);
            numerator[m] = new double[users];
            denominator[m] = program.isRatio() ? new double[users] : null;
            covariate[m] = program.hasCovariate() ? new double[users] : null;
            logs[m] = keepContributions ? new ContributionLog() : null;
            register(byType, program.numerator.eventType(), m * 2);
            if (program.isRatio()) {
                register(byType, program.denominator.eventType(), m * 2 + 1);
            }
        }
        this.metricsByType = new int[symbolCount][];
        for (int s = 0; s < symbolCount; s++) {
            List<Integer> slots = byType.get(s);
            metricsByType[s] = slots == null ? null : slots.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static void register(List<List<Integer>> byType, int eventType, int slot) {
        if (eventType < 0) {
            return;
        }
        if (byType.get(eventType) == null) {
            byType.set(eventType, new ArrayList<>());
        }
        byType.get(eventType).add(slot);
    }

    void accept(EventBatch batch) {
        int[] units = batch.unit();
        int[] experiments = batch.experiment();
        int[] types = batch.eventType();
        double[] values = batch.value();
        long[] times = batch.timeMillis();
        for (int i = 0; i < batch.size(); i++) {
            int experiment = experiments[i];
            if (experiment >= 0 && experiment != experimentSymbol) {
                continue;
            }
            int user = index.user(units[i]);
            if (user < 0) {
                if (user == -1) {
                    unassignedUserEvents++;
                } else {
                    eventsOfExcludedUsers++;
                }
                continue;
            }
            long time = times[i];
            if (time >= endMillis) {
                continue;
            }
            if (time > lastEventMillis) {
                lastEventMillis = time;
            }
            long exposure = index.exposure(user);
            if (time < exposure) {
                eventsBeforeExposure++;
            }
            int type = types[i];
            int[] slots = type >= 0 && type < metricsByType.length ? metricsByType[type] : null;
            if (slots != null) {
                for (int slot : slots) {
                    apply(slot, user, exposure, time, values[i]);
                }
            }
        }
    }

    private void apply(int slot, int user, long exposure, long time, double value) {
        int m = slot >> 1;
        boolean isDenominator = (slot & 1) != 0;
        MetricProgram program = programs.get(m);
        MetricProgram.Aggregate aggregate = isDenominator ? program.denominator : program.numerator;
        if (!aggregate.filter().matches(value)) {
            return;
        }
        double amount = aggregate.amount(value);
        if (program.inWindow(exposure, time)) {
            (isDenominator ? denominator[m] : numerator[m])[user] += amount;
            if (logs[m] != null) {
                int calendarDay = (int) Math.floorDiv(time - dayOrigin, DAY_MILLIS);
                int sinceDay = (int) ((time - exposure) / DAY_MILLIS);
                logs[m].add(user, isDenominator, calendarDay, sinceDay, amount);
            }
        } else if (!isDenominator && program.inCovariateWindow(exposure, time)) {
            covariate[m][user] += amount;
        }
    }
}
