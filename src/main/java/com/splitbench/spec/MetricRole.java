package com.splitbench.spec;

/**
 * What a metric is for in the decision. Goal metrics form the multiple-testing family; guardrails and secondary
 * metrics are reported without correction.
 */
public enum MetricRole {
    GOAL,
    GUARDRAIL,
    SECONDARY
}
