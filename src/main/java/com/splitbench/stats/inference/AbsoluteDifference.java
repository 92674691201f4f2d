package com.splitbench.stats.inference;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;

/**
 * The fixed-horizon test of treatment minus control.
 *
 * @param estimate treatment mean minus control mean
 * @param standardError standard error used for the interval (unpooled for proportions)
 * @param testStandardError standard error in the test statistic (pooled for proportions, otherwise the same)
 * @param testStatistic estimate / testStandardError, a z or t statistic
 * @param reference the distribution the statistic is referred to, with its degrees of freedom
 * @param pValue the p-value for {@code sidedness}, from the survival function
 * @param sidedness the alternative hypothesis
 * @param interval the confidence interval, or why it is not computable (for example 0% against 100%)
 * @param method the method's name and conventions, for the "explain this number" view
 */
public record AbsoluteDifference(double estimate, double standardError, double testStandardError,
                                 double testStatistic, ReferenceDistribution reference, double pValue,
                                 Sidedness sidedness, Outcome<Interval> interval, String method) {
}
