package com.splitbench.analysis.local;

import java.util.Arrays;

/**
 * The in-window contributions of one metric, kept so that cumulative time series can be replayed in day order:
 * which user, whether it feeds the numerator or the denominator, on which calendar day and day since exposure,
 * and how much. Stored in growable primitive arrays (16 bytes a contribution).
 */
final class ContributionLog {

    private static final int MAX_DAY = 0xFFFF;

    private int size;
    private int[] userAndSide = new int[1024];
    private int[] days = new int[1024];
    private double[] amounts = new double[1024];

    /** Records a contribution; days beyond 65535 are clamped (179 years of data). */
    void add(int user, boolean denominator, int calendarDay, int sinceDay, double amount) {
        if (size == userAndSide.length) {
            int capacity = Math.max(1024, size + (size >> 1));
            userAndSide = Arrays.copyOf(userAndSide, capacity);
            days = Arrays.copyOf(days, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
        }
        userAndSide[size] = user << 1 | (denominator ? 1 : 0);
        days[size] = Math.min(calendarDay, MAX_DAY) << 16 | Math.min(sinceDay, MAX_DAY);
        amounts[size] = amount;
        size++;
    }

    int size() {
        return size;
    }

    int user(int i) {
        return userAndSide[i] >>> 1;
    }

    boolean isDenominator(int i) {
        return (userAndSide[i] & 1) != 0;
    }

    int calendarDay(int i) {
        return days[i] >>> 16;
    }

    int sinceDay(int i) {
        return days[i] & 0xFFFF;
    }

    double amount(int i) {
        return amounts[i];
    }

    /** The packed (calendar day, day since exposure) of contribution i: ascending in time for one user. */
    int dayKey(int i) {
        return days[i];
    }

    /**
     * Indexes of the contributions grouped by user (a stable counting sort); the contributions of user u are at
     * {@code [starts[u], starts[u + 1])} of the result. {@code starts} must have {@code users + 1} entries.
     */
    int[] orderByUser(int users, int[] starts) {
        Arrays.fill(starts, 0);
        for (int i = 0; i < size; i++) {
            starts[user(i) + 1]++;
        }
        for (int u = 0; u < users; u++) {
            starts[u + 1] += starts[u];
        }
        int[] next = Arrays.copyOf(starts, users);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[next[user(i)]++] = i;
        }
        return order;
    }
}
