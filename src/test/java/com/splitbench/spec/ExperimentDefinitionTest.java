package com.splitbench.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExperimentDefinitionTest {

    @Test
    void defaultControlPrefersControlThenBaselineThenA() {
        assertThat(ExperimentDefinition.defaultControl(Set.of("treatment", "Control"))).isEqualTo("Control");
        assertThat(ExperimentDefinition.defaultControl(Set.of("B", "BASELINE", "a"))).isEqualTo("BASELINE");
        assertThat(ExperimentDefinition.defaultControl(Set.of("b", "a"))).isEqualTo("a");
        assertThat(ExperimentDefinition.defaultControl(Set.of("gate_40", "gate_30"))).isEqualTo("gate_30");
    }

    @Test
    void configuredControlMustExistInTheData() {
        ExperimentDefinition experiment = ExperimentDefinition.of("e").withControl("ctl");
        assertThatThrownBy(() -> experiment.controlFor(Set.of("a", "b"))).hasMessageContaining("'ctl'");
        assertThat(experiment.controlFor(Set.of("ctl", "b"))).isEqualTo("ctl");
    }

    @Test
    void expectedSharesNormaliseWeightsAndDefaultToEqual() {
        ExperimentDefinition weighted = new ExperimentDefinition("e", null, null, null,
                Map.of("control", 10.0, "treatment", 90.0), null, null, null);
        Map<String, Double> shares = weighted.expectedShares(List.of("control", "treatment"));
        assertThat(shares.get("control")).isCloseTo(0.1, within(1e-15));
        assertThat(ExperimentDefinition.of("e").expectedShares(List.of("a", "b", "c")).get("b"))
                .isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void windowCountsAnEventExactlyAtExposureButNotAMillisecondBefore() {
        ConversionWindow window = ConversionWindow.FROM_EXPOSURE;
        assertThat(window.contains(1_000, 1_000)).isTrue();
        assertThat(window.contains(1_000, 999)).isFalse();
        ConversionWindow week = new ConversionWindow(Duration.ZERO, Optional.of(Duration.ofDays(7)));
        assertThat(week.contains(0, Duration.ofDays(7).toMillis() - 1)).isTrue();
        assertThat(week.contains(0, Duration.ofDays(7).toMillis())).isFalse();
    }

    @Test
    void rejectsWindowsStartingBeforeExposure() {
        assertThatThrownBy(() -> new ConversionWindow(Duration.ofHours(-1), Optional.empty()))
                .isInstanceOf(InvalidSpecException.class);
    }

    @Test
    void valueFilterNeverMatchesAMissingValueUnlessItIsAny() {
        assertThat(new ValueFilter(ValueFilter.Op.GT, 0).matches(Double.NaN)).isFalse();
        assertThat(ValueFilter.NONE.matches(Double.NaN)).isTrue();
        assertThat(new ValueFilter(ValueFilter.Op.GE, 5).matches(5)).isTrue();
        assertThat(new ValueFilter(ValueFilter.Op.LT, 5).matches(5)).isFalse();
    }

    @Test
    void binaryMetricsCannotBeCapped() {
        assertThatThrownBy(() -> MetricDefinition.of("m", new MetricKind.Binary("x", null))
                .withCapping(new Capping.Absolute(1))).isInstanceOf(InvalidSpecException.class);
    }
}
