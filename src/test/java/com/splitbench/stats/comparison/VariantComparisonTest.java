package com.splitbench.stats.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.stats.Close;
import com.splitbench.stats.CountExceedsTotalException;
import com.splitbench.stats.InconsistentSumsException;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.bayes.BetaBinomialInference;
import com.splitbench.stats.bayes.GaussianLiftInference;
import com.splitbench.stats.bayes.GaussianPrior;
import com.splitbench.stats.correction.AdjustedHypothesis;
import com.splitbench.stats.correction.Correction;
import com.splitbench.stats.correction.MultipleTestingCorrection;
import com.splitbench.stats.summary.CovariateSummary;
import com.splitbench.stats.summary.RatioSummary;
import com.splitbench.stats.summary.SampleSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facade end to end. Expected numbers are the SciPy 1.17.1 values the component tests use
 * (src/test/python/inference.py, sequential.py, bayes.py); tolerance 1e-9 relative.
 */
class VariantComparisonTest {

    private static final ComparisonOptions ALL = ComparisonOptions.defaults().withSequential(5000)
            .withBayesian(GaussianPrior.flat());
    private static final SampleSummary GATE_30 = SampleSummary.ofConversions(44_700, 8_502);
    private static final SampleSummary GATE_40 = SampleSummary.ofConversions(45_489, 8_279);

    @Test
    void cookieCatsRetentionCarriesEveryViewAnExplanationNeeds() {
        ComparisonResult result = VariantComparison.compare(MetricType.BINARY, GATE_30, GATE_40, ALL);
        NoNaN.in(result);
        Close.relative(result.controlArm().orElseThrow().mean(), 8_502 / 44_700.0, 1e-15);
        Close.relative(result.absolute().orElseThrow().pValue(), 0.0015542499756142788, 1e-9);
        Close.relative(result.relative().orElseThrow().estimate(), -0.043119034896460164, 1e-9);
        Close.relative(result.relative().orElseThrow().interval().lower(), -0.06924457700961772, 1e-9);
        Close.relative(result.relative().orElseThrow().interval().upper(), -0.01699349278330261, 1e-9);
        Close.relative(result.sequential().orElseThrow().alwaysValidPValue(), 0.08328426535857636, 1e-12);
        BetaBinomialInference bayes = (BetaBinomialInference) result.bayesian().orElseThrow();
        Close.relative(bayes.chanceToBeatControl(), 0.0007773386645762328, 1e-11);
        assertThat(result.cuped()).isInstanceOf(Outcome.NotRequested.class);
        assertThat(result.absolute().orElseThrow().method()).contains("pooled").contains("Wald");
        assertThat(result.relative().orElseThrow().method()).contains("delta-method");
    }

    @Test
    void meanMetricsUseWelchAndTheGaussianLiftModel() {
        ComparisonResult result = VariantComparison.compare(MetricType.MEAN,
                SampleSummary.ofValues(12.1, 9.8, 11.4, 10.9, 13.2, 8.7, 10.1, 12.6, 11.9, 9.5, 10.4, 12.8),
                SampleSummary.ofValues(13.4, 12.2, 14.9, 11.8, 13.7, 15.1, 12.5, 14.2, 13.0, 16.3), ALL);
        NoNaN.in(result);
        Close.relative(result.absolute().orElseThrow().pValue(), 0.0004382051397943593, 1e-9);
        Close.relative(result.relative().orElseThrow().interval().lower(), 0.10490257966911554, 1e-9);
        GaussianLiftInference bayes = (GaussianLiftInference) result.bayesian().orElseThrow();
        Close.relative(bayes.posteriorMean(), 0.23328335832083977, 1e-9);
        assertThat(result.sequential().isComputed()).isTrue();
    }

    @Test
    void cookieCatsGameRoundsAsAMeanMetric() {
        // cookie_cats.csv sum_gamerounds: n, sum and sum of squares per version by Python; expected t and p from
        // SciPy 1.17.1 scipy.stats.ttest_ind_from_stats(equal_var=False).
        ComparisonResult result = VariantComparison.compare(MetricType.MEAN,
                SampleSummary.fromSums(44_700, 2_344_795, 3_068_811_771.0),
                SampleSummary.fromSums(45_489, 2_333_530, 605_052_202.0), ComparisonOptions.defaults());
        Close.relative(result.absolute().orElseThrow().testStatistic(), -0.8854374331270672, 1e-9);
        Close.relative(result.absolute().orElseThrow().pValue(), 0.3759243840932616, 1e-9);
    }

    @Test
    void ratioMetricsUseTheDeltaMethod() {
        ComparisonResult result = VariantComparison.compare(MetricType.RATIO,
                RatioSummary.fromSums(10_000, 270, 270, 95_172, 1_241_468, 2_550),
                RatioSummary.fromSums(10_000, 422, 422, 95_097, 1_234_149, 3_909), ALL);
        NoNaN.in(result);
        Close.relative(result.absolute().orElseThrow().pValue(), 4.88768752217757e-09, 1e-9);
        assertThat(result.bayesian().orElseThrow()).isInstanceOf(GaussianLiftInference.class);
    }

    @Test
    void covariateInputsApplyCupedAndAConstantCovariateFallsBackWithTheReason() {
        ComparisonResult adjusted = VariantComparison.compare(MetricType.MEAN,
                CovariateSummary.fromSums(60, 1531, 45741, 1202, 32064, 36932),
                CovariateSummary.fromSums(50, 1395, 44437, 1046, 28136, 34440), ComparisonOptions.defaults());
        Close.relative(adjusted.cuped().orElseThrow().theta(), 0.8117789270740887, 1e-9);
        Close.relative(adjusted.absolute().orElseThrow().pValue(), 0.09084816208096011, 1e-9);

        double[] y = {3, 5, 4, 6, 8};
        double[] x = {2, 2, 2, 2, 2};
        ComparisonResult fallback = VariantComparison.compare(MetricType.MEAN, CovariateSummary.ofValues(y, x),
                CovariateSummary.ofValues(new double[] {5, 7, 6, 9}, new double[] {2, 2, 2, 2}),
                ComparisonOptions.defaults());
        assertThat(fallback.cuped().explanation()).contains("no variance").contains("unadjusted");
        ComparisonResult plain = VariantComparison.compare(MetricType.MEAN, SampleSummary.ofValues(y),
                SampleSummary.ofValues(5, 7, 6, 9), ComparisonOptions.defaults());
        assertThat(fallback.absolute()).isEqualTo(plain.absolute());
    }

    @Test
    void degenerateArmsAreNotComputableWithReasonsAndNeverNaN() {
        ComparisonOptions options = ALL;
        List<ComparisonResult> results = List.of(
                VariantComparison.compare(MetricType.BINARY, SampleSummary.ofConversions(0, 0), GATE_40, options),
                VariantComparison.compare(MetricType.BINARY, SampleSummary.ofConversions(1, 1), GATE_40, options),
                VariantComparison.compare(MetricType.BINARY, SampleSummary.ofConversions(500, 0),
                        SampleSummary.ofConversions(400, 0), options),
                VariantComparison.compare(MetricType.BINARY, SampleSummary.ofConversions(500, 500),
                        SampleSummary.ofConversions(400, 400), options),
                VariantComparison.compare(MetricType.BINARY, SampleSummary.ofConversions(50, 0),
                        SampleSummary.ofConversions(50, 50), options),
                VariantComparison.compare(MetricType.MEAN, SampleSummary.ofValues(2, 2, 2),
                        SampleSummary.ofValues(3, 3), options),
                VariantComparison.compare(MetricType.MEAN, SampleSummary.ofValues(-1, 1, 0),
                        SampleSummary.ofValues(3, 4, 5), options),
                VariantComparison.compare(MetricType.RATIO,
                        RatioSummary.ofValues(new double[] {1, 2}, new double[] {0, 0}),
                        RatioSummary.ofValues(new double[] {1, 2}, new double[] {1, 1}), options));
        for (ComparisonResult result : results) {
            NoNaN.in(result);
        }
        assertThat(results.get(0).absolute().explanation()).contains("at least 2 units");
        assertThat(results.get(0).bayesian().explanation()).contains("no units");
        assertThat(results.get(1).absolute().explanation()).contains("at least 2 units");
        assertThat(results.get(2).absolute().explanation()).contains("0%");
        assertThat(results.get(2).relative().explanation()).contains("control mean is 0");
        assertThat(results.get(3).absolute().explanation()).contains("100%");
        assertThat(results.get(4).absolute().isComputed()).isTrue();
        assertThat(results.get(4).absolute().orElseThrow().interval().explanation()).contains("0% or 100%");
        assertThat(results.get(4).relative().explanation()).contains("control mean is 0");
        assertThat(results.get(5).absolute().explanation()).contains("zero variance");
        assertThat(results.get(5).sequential().explanation()).contains("zero variance");
        assertThat(results.get(6).relative().explanation()).contains("control mean is 0");
        assertThat(results.get(6).absolute().isComputed()).isTrue();
        assertThat(results.get(7).controlArm().explanation()).contains("denominator");
    }

    @Test
    void rejectsInputsThatDoNotFitTheMetric() {
        assertThatThrownBy(() -> VariantComparison.compare(MetricType.BINARY, new SampleSummary(10, 11, 0), GATE_40,
                ComparisonOptions.defaults())).isInstanceOf(CountExceedsTotalException.class);
        assertThatThrownBy(() -> VariantComparison.compare(MetricType.BINARY, SampleSummary.ofValues(0.5, 2, 3),
                GATE_40, ComparisonOptions.defaults())).isInstanceOf(InconsistentSumsException.class);
        assertThatThrownBy(() -> VariantComparison.compare(MetricType.RATIO, GATE_30, GATE_40,
                ComparisonOptions.defaults())).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> VariantComparison.compare(MetricType.MEAN, GATE_30,
                CovariateSummary.ofValues(new double[] {1, 2}, new double[] {1, 3}), ComparisonOptions.defaults()))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ComparisonOptions.defaults().withConfidenceLevel(1.0))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ComparisonOptions.defaults().withSequential(0))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void resultsFormAMultipleTestingFamily() {
        ComparisonResult retention = VariantComparison.compare(MetricType.BINARY, GATE_30, GATE_40,
                ComparisonOptions.defaults());
        ComparisonResult flat = VariantComparison.compare(MetricType.BINARY, SampleSummary.ofConversions(1000, 100),
                SampleSummary.ofConversions(1000, 101), ComparisonOptions.defaults());
        List<AdjustedHypothesis> adjusted = MultipleTestingCorrection.adjust(
                List.of(retention.asHypothesis(), flat.asHypothesis()), Correction.HOLM);
        Close.relative(adjusted.get(0).adjustedPValue().orElseThrow(), 2 * 0.0015542499756142788, 1e-9);
        assertThat(adjusted.get(0).relativeInterval().orElseThrow().upper())
                .isGreaterThan(retention.relative().orElseThrow().interval().upper());
        // Sequential results enter the family with their always-valid p-values.
        ComparisonResult sequential = VariantComparison.compare(MetricType.BINARY, GATE_30, GATE_40,
                ComparisonOptions.defaults().withSequential(5000));
        Close.relative(sequential.asHypothesis().pValue().orElseThrow(), 0.08328426535857636, 1e-12);
    }
}
