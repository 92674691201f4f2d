package com.splitbench.stats.inference;

/**
 * What one arm contributes to a comparison.
 *
 * @param n units
 * @param mean the arm's estimate: conversion rate, mean, ratio of sums, or CUPED-adjusted mean
 * @param variance per-unit variance: p(1 - p) for a conversion rate, the sample variance (n - 1) for a mean,
 *     n Var(ratio) from the delta method for a ratio, the variance of y - theta x for CUPED
 * @param standardError standard error of {@code mean}
 */
public record ArmEstimate(long n, double mean, double variance, double standardError) {
}
