package com.splitbench.sample;

import static com.splitbench.sample.SampleScenario.MICROS_PER_DAY;
import static com.splitbench.sample.SampleScenario.MICROS_PER_HOUR;
import static com.splitbench.sample.SampleScenario.MICROS_PER_SECOND;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one user: profile, assignments (with the planted mess) and the metric events before and after
 * exposure. Each user draws from a random stream seeded by the generator seed and the user's index alone, so a
 * user's data never depends on other users or on how the work is split.
 */
final class UserSimulator {

    private final long seedBits;
    private final double sessionScale;
    private final UserEventPlanner eventPlanner;

    /**
     * @param seed         the generator seed
     * @param sessionScale multiplier of the mean number of sessions beyond the first, to reach an event target
     */
    UserSimulator(long seed, double sessionScale) {
        this.seedBits = UserIds.mix64(seed);
        this.sessionScale = sessionScale;
        this.eventPlanner = new UserEventPlanner();
    }

    void simulate(int index, SimulatedUser user) {
        user.clear();
        long uniqueBits = UserIds.mix64(seedBits + index);
        SplittableRandom random = new SplittableRandom(uniqueBits ^ 0x9E3779B97F4A7C15L);
        long arrival = SampleScenario.START_MICROS
                + (long) (SampleScenario.ARRIVAL_SPAN_MICROS
                        * Math.pow(random.nextDouble(), SampleScenario.ARRIVAL_SKEW))
                + random.nextLong(MICROS_PER_SECOND);
        long signupMillis = (arrival - random.nextLong(60 * MICROS_PER_DAY)) / 1000;
        user.setProfile(UserProfile.draw(random, uniqueBits, signupMillis));
        drawAssignments(random, user, arrival);
        eventPlanner.drawEvents(random, user, arrival, sessionScale);
    }

    private static void drawAssignments(SplittableRandom random, SimulatedUser user, long arrival) {
        List<ExperimentDesign> experiments = SampleScenario.EXPERIMENTS;
        for (int k = 0; k < experiments.size(); k++) {
            ExperimentDesign design = experiments.get(k);
            if (random.nextDouble() >= design.eligibility()) {
                continue;
            }
            int variant = design.variantFor(random.nextDouble());
            user.experiencedVariant[k] = variant;
            // Assignment is logged within a second of arrival, before the session's first event.
            long assignedAt = arrival + random.nextLong(800_000);
            if (random.nextDouble() < design.lossRate(variant, user.profile().platform())) {
                user.lostRows[k]++;
                continue;
            }
            TimestampFormat format = assignmentFormat(random);
            user.assignmentRows.add(new AssignmentRow(k, variant, assignedAt, format, false));
            if (random.nextDouble() < SampleScenario.DUPLICATE_ASSIGNMENT_ROW_RATE) {
                user.assignmentRows.add(new AssignmentRow(k, variant, assignedAt, format, true));
            }
            if (random.nextDouble() < SampleScenario.MULTI_VARIANT_USER_RATE) {
                // A re-bucketing bug: the same user is later logged in another arm.
                int other = (variant + 1 + random.nextInt(design.variants().size() - 1)) % design.variants().size();
                long later = Math.min(assignedAt + MICROS_PER_HOUR + random.nextLong(71 * MICROS_PER_HOUR),
                        SampleScenario.END_MICROS - MICROS_PER_SECOND);
                user.assignmentRows.add(new AssignmentRow(k, other, later, assignmentFormat(random), false));
            }
        }
    }

    private static TimestampFormat assignmentFormat(SplittableRandom random) {
        return TimestampFormat.pick(random.nextDouble(), SampleScenario.ASSIGNMENT_TIME_FORMAT_WEIGHTS);
    }
}
