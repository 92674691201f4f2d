package com.splitbench.sample;

/**
 * A planted logging fault: assignment rows of one variant on one platform are dropped at a rate. The users still
 * produce events. This is how real sample ratio mismatches arise (a client that fails to log one arm), and it makes
 * the mismatch visible in one segment only.
 *
 * @param variant  the variant whose rows are dropped
 * @param platform the platform on which they are dropped
 * @param rate     probability that such a user's assignment rows are not written
 */
public record AssignmentLoss(String variant, Platform platform, double rate) {
}
