package com.splitbench.ui.results;

import com.splitbench.analysis.model.StatisticType;
import com.splitbench.ui.table.DisplayFormats;

/**
 * How the results views write a metric's numbers: conversion rates as percentages and their differences in
 * percentage points, means and ratios with about four significant digits, relative lifts as signed percentages.
 * The raw doubles stay in the cells; this is only what the eye reads.
 */
public final class ResultFormats {

    private static final int MAX_DECIMALS = 6;

    private ResultFormats() {
    }

    /** A variant's own value: "9.93%" for a rate, "8.596" for a mean. */
    public static String value(double value, StatisticType type) {
        return type == StatisticType.BINARY ? DisplayFormats.percent(value, 2)
                : DisplayFormats.number(value, decimalsFor(value));
    }

    /** A difference in the metric's unit: "+2.32 pp" for a rate, "−0.325" for a mean. */
    public static String difference(double difference, StatisticType type, double scale) {
        if (type == StatisticType.BINARY) {
            String points = DisplayFormats.signed(difference * 100, 2);
            return points.equals(DisplayFormats.NOT_COMPUTABLE) ? points : points + " pp";
        }
        return DisplayFormats.signed(difference, decimalsFor(scale));
    }

    /** A relative lift: "+23.4%". */
    public static String lift(double lift) {
        return DisplayFormats.signedPercent(lift, Math.abs(lift) < 0.1 ? 2 : 1);
    }

    /** "[−0.82 pp, +2.92 pp]", or "—" when there is no interval. */
    public static String interval(double low, double high, java.util.function.DoubleFunction<String> format) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return DisplayFormats.NOT_COMPUTABLE;
        }
        return "[" + (Double.isInfinite(low) ? "−∞" : format.apply(low)) + ", "
                + (Double.isInfinite(high) ? "+∞" : format.apply(high)) + "]";
    }

    /** "523 / 5,265": the sums a value comes from. */
    public static String counts(double numerator, double denominator) {
        return whole(numerator) + " / " + whole(denominator);
    }

    /** A chance as a percentage with one decimal; "> 99.9%" and "< 0.1%" at the ends. */
    public static String chance(double probability) {
        if (!Double.isFinite(probability)) {
            return DisplayFormats.NOT_COMPUTABLE;
        }
        if (probability > 0.999) {
            return "> 99.9%";
        }
        if (probability < 0.001) {
            return "< 0.1%";
        }
        return DisplayFormats.percent(probability, 1);
    }

    /** Decimals that show about four significant digits of numbers of this size. */
    public static int decimalsFor(double scale) {
        if (!Double.isFinite(scale) || scale == 0) {
            return 2;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(scale)));
        return Math.max(0, Math.min(MAX_DECIMALS, 3 - magnitude));
    }

    private static String whole(double value) {
        return DisplayFormats.number(value, value == Math.rint(value) ? 0 : Math.min(2, decimalsFor(value)));
    }
}
