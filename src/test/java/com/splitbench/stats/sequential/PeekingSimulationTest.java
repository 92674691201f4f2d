package com.splitbench.stats.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.inference.AbsoluteDifference;
import com.splitbench.stats.inference.WelchTTest;
import com.splitbench.stats.summary.SampleSummary;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A/A experiments looked at every day: with the fixed-horizon test, "significant on any day" happens far more often
 * than alpha; with the confidence sequence it stays below alpha. 400 experiments x 20 daily looks x 200 normal
 * units per arm per day, seed 20240611; deterministic and under a second.
 */
class PeekingSimulationTest {

    private static final int EXPERIMENTS = 400;
    private static final int DAYS = 20;
    private static final int UNITS_PER_ARM_PER_DAY = 200;

    @Test
    void dailyPeekingInflatesTheFixedHorizonErrorButNotTheConfidenceSequences() {
        SplittableRandom random = new SplittableRandom(20240611L);
        int fixedFalsePositives = 0;
        int sequentialFalsePositives = 0;
        for (int experiment = 0; experiment < EXPERIMENTS; experiment++) {
            double[] sums = new double[4];
            boolean fixedRejected = false;
            boolean sequentialRejected = false;
            for (int day = 1; day <= DAYS; day++) {
                for (int i = 0; i < UNITS_PER_ARM_PER_DAY; i++) {
                    double c = random.nextGaussian();
                    double t = random.nextGaussian();
                    sums[0] += c;
                    sums[1] += c * c;
                    sums[2] += t;
                    sums[3] += t * t;
                }
                long n = (long) day * UNITS_PER_ARM_PER_DAY;
                AbsoluteDifference fixed = WelchTTest.compare(
                        WelchTTest.arm(SampleSummary.fromSums(n, sums[0], sums[1])).orElseThrow(),
                        WelchTTest.arm(SampleSummary.fromSums(n, sums[2], sums[3])).orElseThrow(),
                        0.95, Sidedness.TWO_SIDED, WelchTTest.METHOD).orElseThrow();
                fixedRejected |= fixed.pValue() < 0.05;
                SequentialInference sequential = AsymptoticConfidenceSequence.analyse(fixed, Outcome.notRequested(),
                        2 * n, 0.95, AsymptoticConfidenceSequence.DEFAULT_TUNING_PARAMETER).orElseThrow();
                sequentialRejected |= sequential.absoluteInterval().excludes(0);
            }
            fixedFalsePositives += fixedRejected ? 1 : 0;
            sequentialFalsePositives += sequentialRejected ? 1 : 0;
        }
        double fixedRate = (double) fixedFalsePositives / EXPERIMENTS;
        double sequentialRate = (double) sequentialFalsePositives / EXPERIMENTS;
        // Twenty looks take the fixed test's family error to roughly 20-25% (Armitage, McPherson and Rowe 1969);
        // one standard error of a rate near 0.05 over 400 experiments is 0.011.
        assertThat(fixedRate).as("fixed-horizon rate under daily peeking").isGreaterThan(0.12);
        assertThat(sequentialRate).as("confidence-sequence rate under daily peeking").isLessThanOrEqualTo(0.05);
    }
}
