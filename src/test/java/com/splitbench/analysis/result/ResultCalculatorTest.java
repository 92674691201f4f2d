package com.splitbench.analysis.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.splitbench.analysis.model.Distribution;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.ExposureSeries;
import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.analysis.model.Moments;
import com.splitbench.analysis.model.StatisticType;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.spec.Direction;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.MetricRole;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The results table from hand-made moments. Expected p-values: SciPy 1.17, two-proportion z-test with pooled SE
 * written out as 2·norm.sf(|z|): control 100/1000 vs 130/1000 → p = 0.03548845046647471; vs 95/1000 →
 * p = 0.7062460149623006; scipy.stats.chisquare([480, 520], [500, 500]) → p = 0.20590321073206466.
 */
class ResultCalculatorTest {

    private static Moments binary(long n, long conversions) {
        return new Moments(n, conversions, conversions, 0, 0, 0, 0, 0, 0);
    }

    private static MetricStatistics metric(String name, MetricRole role, Direction direction, Moments... arms) {
        MetricDefinition definition = MetricDefinition.of(name, new MetricKind.Binary("buy", null)).withRole(role)
                .withDirection(direction);
        return new MetricStatistics(definition, StatisticType.BINARY, List.of(arms), false,
                Map.of("device", Map.of("ios", List.of(arms), "web", List.of(binary(0, 0), binary(0, 0),
                        binary(0, 0)))), List.of(), List.of(), OptionalDouble.empty(), Distribution.EMPTY);
    }

    private static ExperimentStatistics stats() {
        Moments[] goal = {binary(1000, 100), binary(1000, 130), binary(1000, 95)};
        Moments[] guard = {binary(1000, 100), binary(1000, 95), binary(1000, 130)};
        return new ExperimentStatistics("exp", List.of("control", "t1", "t2"), List.of(1000L, 1000L, 1000L),
                ExposureSeries.EMPTY, HealthCounts.NONE,
                Map.of("device", Map.of("ios", List.of(1000L, 1000L, 1000L), "web", List.of(0L, 0L, 0L))),
                List.of(metric("buy_rate", MetricRole.GOAL, Direction.HIGHER_IS_BETTER, goal),
                        metric("errors", MetricRole.GUARDRAIL, Direction.LOWER_IS_BETTER, guard)));
    }

    private static AnalysisSpec spec(AnalysisSettings settings) {
        return AnalysisSpec.automatic("exp").withSettings(settings);
    }

    @Test
    void controlRowsComeFirstAndCarryNoComparison() {
        AnalysisResult result = ResultCalculator.calculate(stats(), spec(AnalysisSettings.DEFAULTS));
        assertThat(result.control()).isEqualTo("control");
        assertThat(result.rows()).extracting(ResultRow::variant)
                .containsExactly("control", "t1", "t2", "control", "t1", "t2");
        ResultRow control = result.rows().get(0);
        assertThat(control.control()).isTrue();
        assertThat(control.pValue().isComputed()).isFalse();
        assertThat(control.mean().orElseThrow()).isEqualTo(0.1);
        assertThat(control.verdict()).isEqualTo(Verdict.BASELINE);
    }

    @Test
    void pValuesMatchScipyAndCorrectionAppliesToGoalsOnly() {
        AnalysisResult none = ResultCalculator.calculate(stats(), spec(AnalysisSettings.DEFAULTS));
        ResultRow t1 = none.rows().get(1);
        assertThat(t1.pValue().orElseThrow()).isCloseTo(0.03548845046647471, within(1e-12));
        assertThat(t1.pValueAdjusted().orElseThrow()).isEqualTo(t1.pValue().orElseThrow());
        assertThat(t1.absoluteDifference().orElseThrow()).isCloseTo(0.03, within(1e-15));
        assertThat(t1.verdict()).isEqualTo(Verdict.BETTER);

        AnalysisResult holm = ResultCalculator.calculate(stats(),
                spec(AnalysisSettings.DEFAULTS.withCorrection(Correction.HOLM)));
        // Holm over the goal family {t1: 0.03549, t2: 0.70625}: t1 → 2·0.03549, t2 → max(0.07098, 0.70625).
        assertThat(holm.rows().get(1).pValueAdjusted().orElseThrow()).isCloseTo(2 * 0.03548845046647471,
                within(1e-12));
        assertThat(holm.rows().get(2).pValueAdjusted().orElseThrow()).isCloseTo(0.7062460149623006, within(1e-12));
        assertThat(holm.rows().get(1).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        ResultRow guardrail = holm.rows().get(5);
        assertThat(guardrail.inFamily()).isFalse();
        assertThat(guardrail.pValueAdjusted().orElseThrow()).isEqualTo(guardrail.pValue().orElseThrow());
    }

    @Test
    void significantRiseInALowerIsBetterMetricIsWorse() {
        AnalysisResult result = ResultCalculator.calculate(stats(), spec(AnalysisSettings.DEFAULTS));
        ResultRow errorsUp = result.rows().get(5);
        assertThat(errorsUp.variant()).isEqualTo("t2");
        assertThat(errorsUp.verdict()).isEqualTo(Verdict.WORSE);
    }

    @Test
    void switchingTheBaselineRecomputesAgainstTheNewControl() {
        AnalysisSpec spec = new AnalysisSpec(ExperimentDefinition.of("exp").withControl("t1"), List.of(),
                AnalysisSettings.DEFAULTS);
        AnalysisResult result = ResultCalculator.calculate(stats(), spec);
        assertThat(result.rows().get(0).variant()).isEqualTo("t1");
        assertThat(result.rows().get(0).control()).isTrue();
        assertThat(result.rows().get(1).variant()).isEqualTo("control");
        assertThat(result.rows().get(1).absoluteDifference().orElseThrow()).isCloseTo(-0.03, within(1e-15));
    }

    @Test
    void srmUsesTheDesignedWeights() {
        ExperimentStatistics skewed = new ExperimentStatistics("exp", List.of("a", "b"), List.of(480L, 520L),
                ExposureSeries.EMPTY, HealthCounts.NONE, Map.of(), List.of());
        AnalysisResult result = ResultCalculator.calculate(skewed, spec(AnalysisSettings.DEFAULTS));
        assertThat(result.srm().orElseThrow().pValue()).isCloseTo(0.20590321073206466, within(1e-12));
        assertThat(result.srmFlagged()).isFalse();
    }

    @Test
    void segmentBreakdownGivesRowsPerSegmentAndEmptyComparisonsWhereThereAreNoUsers() {
        AnalysisResult result = ResultCalculator.calculate(stats(),
                spec(AnalysisSettings.DEFAULTS.withSegment("device")));
        assertThat(result.rows()).hasSize(12);
        ResultRow web = result.rows().stream().filter(r -> r.segment().orElseThrow().equals("web") && !r.control())
                .findFirst().orElseThrow();
        assertThat(web.pValue().isComputed()).isFalse();
        assertThat(web.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        assertThat(result.segmentSrm().get("web").isComputed()).isFalse();
        assertThatThrownBy(() -> ResultCalculator.calculate(stats(),
                spec(AnalysisSettings.DEFAULTS.withSegment("country")))).isInstanceOf(InvalidSpecException.class);
    }

    @Test
    void csvHasTheContractColumnsFullPrecisionAndEmptyCellsForNotComputable() {
        AnalysisResult result = ResultCalculator.calculate(stats(),
                spec(AnalysisSettings.DEFAULTS.withSegment("device")));
        StringWriter out = new StringWriter();
        ResultsCsv.write(result, out);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("experiment,metric,variant,users,mean,abs_diff,abs_ci_low,abs_ci_high,"
                + "rel_lift,rel_ci_low,rel_ci_high,p_value,p_value_adjusted,srm_p_value");
        assertThat(out.toString()).doesNotContain("NaN");
        String ios = lines[2];
        assertThat(ios).startsWith("exp,buy_rate,t1,1000,0.13,0.03");
        assertThat(ios.split(",")[11]).startsWith("0.0354884504664");
        String control = lines[1];
        assertThat(control.split(",", -1)[5]).isEmpty();
    }

    @Test
    void csvNeutralisesFormulaTriggersInText() {
        assertThat(ResultsCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ResultsCsv.text("@cmd")).isEqualTo("\"'@cmd\"");
        assertThat(ResultsCsv.text("plain")).isEqualTo("plain");
        assertThat(ResultsCsv.text("a,b")).isEqualTo("\"a,b\"");
    }
}
