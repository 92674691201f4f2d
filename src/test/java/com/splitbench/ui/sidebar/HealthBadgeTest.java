package com.splitbench.ui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HealthBadgeTest {

    @Test
    void saysOkWhenNothingIsWrong() {
        HealthBadge badge = HealthBadge.forExperiment(false, 0);

        assertThat(badge.severity()).isEqualTo(HealthBadge.Severity.OK);
        assertThat(badge.label()).isEqualTo("OK");
    }

    @Test
    void flagsASampleRatioMismatchAsAProblem() {
        HealthBadge badge = HealthBadge.forExperiment(true, 0);

        assertThat(badge.severity()).isEqualTo(HealthBadge.Severity.PROBLEM);
        assertThat(badge.label()).isEqualTo("SRM");
        assertThat(badge.explanation()).contains("may be invalid");
    }

    @Test
    void warnsAboutUsersInSeveralVariantsWithTheirCount() {
        HealthBadge badge = HealthBadge.forExperiment(false, 1234);

        assertThat(badge.severity()).isEqualTo(HealthBadge.Severity.WARNING);
        assertThat(badge.label()).isEqualTo("1,234 in 2+ variants");
        assertThat(badge.explanation()).startsWith("1,234 users were assigned to more than one variant");
    }

    @Test
    void letsSrmOutweighMixedUsersButExplainsBoth() {
        HealthBadge badge = HealthBadge.forExperiment(true, 1);

        assertThat(badge.label()).isEqualTo("SRM");
        assertThat(badge.explanation()).contains("Sample ratio mismatch").contains("1 user was assigned");
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> HealthBadge.forExperiment(false, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
