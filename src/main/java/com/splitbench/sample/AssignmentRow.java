package com.splitbench.sample;

/**
 * One assignment row as written.
 *
 * @param experiment index into {@link SampleScenario#EXPERIMENTS}
 * @param variant    index into the experiment's variants
 * @param micros     assignment time, epoch microseconds
 * @param format     how the time is spelled
 * @param duplicate  an exact copy of the row before it
 */
record AssignmentRow(int experiment, int variant, long micros, TimestampFormat format, boolean duplicate) {
}
