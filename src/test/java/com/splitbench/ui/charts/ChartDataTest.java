package com.splitbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.ui.experiment.LoadedExperiment;
import com.splitbench.ui.testing.SampleAnalyses;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the charts draw, computed without a chart, on the sample's checkout experiment. */
class ChartDataTest {

    private final LoadedExperiment checkout = SampleAnalyses.load("checkout_redesign");
    private final AnalysisResult result = ResultCalculator.calculate(checkout.statistics(), checkout.spec());

    @Test
    void theForestPlotHasEveryMetricAndTreatmentColouredByItsVerdict() {
        List<ChartData.ForestRow> rows = ChartData.forest(result, true);

        assertThat(rows).hasSize(10);
        ChartData.ForestRow purchases = rows.stream().filter(r -> r.label().equals("purchase_rate · treatment_b"))
                .findFirst().orElseThrow();
        assertThat(purchases.outcome()).isEqualTo(ChartData.Outcome.BETTER);
        assertThat(purchases.low()).isLessThan(purchases.estimate()).isPositive();
        assertThat(rows.stream().filter(r -> r.label().endsWith("treatment_a")))
                .allMatch(r -> r.outcome() == ChartData.Outcome.INCONCLUSIVE);
    }

    @Test
    void cumulativeExposuresEndAtEachVariantsUsers() {
        List<ChartData.ExposureLine> lines = ChartData.exposures(checkout.statistics().exposures(),
                checkout.statistics().variants(), true);

        // manifest: 5,265, 5,284 and 5,402 analysed users.
        assertThat(lines).extracting(line -> line.values().get(line.values().size() - 1))
                .containsExactly(5265L, 5284L, 5402L);
        List<ChartData.ExposureLine> daily = ChartData.exposures(checkout.statistics().exposures(),
                checkout.statistics().variants(), false);
        assertThat(daily.get(0).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5265);
    }

    @Test
    void histogramSharesOfEachVariantAddUpToItsUsers() {
        ChartData.Histograms histograms = ChartData.histograms(checkout.statistics().metric("revenue_per_user"),
                checkout.statistics().variants());

        for (ChartData.Histogram histogram : histograms.variants()) {
            double drawn = histogram.shares().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(drawn + (double) histogram.above() / histogram.users()).isCloseTo(1, within());
        }
        assertThat(histograms.edges()).hasSize(histograms.variants().get(0).shares().size() + 1);
    }

    @Test
    void theCumulativeLiftHasAPointPerDayWithItsInterval() {
        List<ChartData.BandPoint> byDay = ChartData.lift(checkout.statistics().metric("purchase_rate"), 0, 2,
                checkout.spec().settings(), false, true);

        assertThat(byDay).isNotEmpty().allMatch(p -> p.low() <= p.value() && p.value() <= p.high());
        assertThat(byDay.get(0).x()).isEqualTo(1);
        List<ChartData.BandPoint> byDate = ChartData.lift(checkout.statistics().metric("purchase_rate"), 0, 2,
                checkout.spec().settings(), true, true);
        assertThat(byDate.get(0).label()).isEqualTo("2025-03-03");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
