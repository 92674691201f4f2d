package com.splitbench.stats;

import com.splitbench.stats.bayes.BetaBinomialModel;
import com.splitbench.stats.bayes.BetaPosterior;
import com.splitbench.stats.bayes.ChanceToBeat;
import com.splitbench.stats.bayes.GaussianPrior;
import com.splitbench.stats.capping.Percentiles;
import com.splitbench.stats.comparison.ComparisonOptions;
import com.splitbench.stats.comparison.MetricType;
import com.splitbench.stats.comparison.VariantComparison;
import com.splitbench.stats.distribution.StudentT;
import com.splitbench.stats.summary.SampleSummary;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Times the engine's expensive paths: the exact chance to beat at 10^8 users, the full Bayesian view, a full
 * comparison, Student t tails at huge degrees of freedom, and a percentile over 10^7 values. Run with
 * {@code java -cp target/classes:target/test-classes:<commons-math3.jar> com.splitbench.stats.StatsBenchmark}.
 */
public final class StatsBenchmark {

    private StatsBenchmark() {
    }

    public static void main(String[] args) {
        BetaPosterior control = BetaPosterior.withUniformPrior(100_000_000L, 10_000_000L);
        BetaPosterior treatment = BetaPosterior.withUniformPrior(100_000_000L, 10_003_000L);
        time("chance to beat, exact sum, 10^8 users per arm", 20, () -> ChanceToBeat.exact(control, treatment));
        time("chance to beat, quadrature, 10^8 users per arm", 5, () -> ChanceToBeat.byQuadrature(control, treatment));
        SampleSummary c = SampleSummary.ofConversions(100_000_000L, 10_000_000L);
        SampleSummary t = SampleSummary.ofConversions(100_000_000L, 10_003_000L);
        time("Bayesian view (chance, losses, 4 credible intervals), 10^8 users", 5,
                () -> BetaBinomialModel.analyse(c, t, 0.95));
        SampleSummary smallC = SampleSummary.ofConversions(44_700, 8_502);
        SampleSummary smallT = SampleSummary.ofConversions(45_489, 8_279);
        time("Bayesian view, Cookie Cats sizes", 5, () -> BetaBinomialModel.analyse(smallC, smallT, 0.95));
        ComparisonOptions all = ComparisonOptions.defaults().withSequential(5000).withBayesian(GaussianPrior.flat());
        time("full MEAN comparison, 10^8 users, all views", 50, () -> VariantComparison.compare(MetricType.MEAN,
                SampleSummary.fromMeanAndVariance(100_000_000L, 10.0, 4.0),
                SampleSummary.fromMeanAndVariance(100_000_000L, 10.003, 4.0), all));
        time("full BINARY comparison, fixed horizon only", 50, () -> VariantComparison.compare(MetricType.BINARY,
                smallC, smallT, ComparisonOptions.defaults()));
        time("Student t survival, df = 2e8, t = 10.6", 200, () -> StudentT.survival(10.6, 2e8));
        double[] values = new SplittableRandom(7).doubles(10_000_000).toArray();
        time("R-7 percentile of 10^7 values", 5, () -> Percentiles.r7(values, 0.99));
    }

    private static void time(String name, int runs, Supplier<?> work) {
        for (int i = 0; i < Math.max(3, runs / 5); i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-70s median %9.3f ms  (min %.3f, max %.3f, %d runs)%n", name, millis[runs / 2], millis[0],
                millis[runs - 1], runs);
    }
}
