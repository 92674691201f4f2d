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

    void addAll(ContributionLog other) {
        for (int i = 0; i < other.size; i++) {
            add(other.user(i), other.isDenominator(i), other.calendarDay(i), other.sinceDay(i), other.amount(i));
        }
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

    /** Indexes of the contributions in ascending calendar-day order (stable counting sort). */
    int[] orderByCalendarDay(int dayCount) {
        return countingSort(dayCount, true);
    }

    /** Indexes of the contributions in ascending days-since-exposure order (stable counting sort). */
    int[] orderBySinceDay(int dayCount) {
        return countingSort(dayCount, false);
    }

    private int[] countingSort(int dayCount, boolean calendar) {
        int[] starts = new int[dayCount + 1];
        for (int i = 0; i < size; i++) {
            starts[key(i, calendar, dayCount) + 1]++;
        }
        for (int k = 0; k < dayCount; k++) {
            starts[k + 1] += starts[k];
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[starts[key(i, calendar, dayCount)]++] = i;
        }
        return order;
    }

    private int key(int i, boolean calendar, int dayCount) {
        return Math.min(calendar ? calendarDay(i) : sinceDay(i), dayCount - 1);
    }
}
