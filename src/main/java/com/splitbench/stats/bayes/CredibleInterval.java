package com.splitbench.stats.bayes;

/**
 * An equal-tailed credible interval: P(value &lt; lower) = P(value &gt; upper) = (1 - level) / 2 under the posterior.
 *
 * @param lower lower bound
 * @param upper upper bound
 * @param level credible level, for example 0.95
 */
public record CredibleInterval(double lower, double upper, double level) {
}
