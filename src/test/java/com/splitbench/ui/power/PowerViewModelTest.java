package com.splitbench.ui.power;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.ui.experiment.LoadedExperiment;
import com.splitbench.ui.testing.SampleAnalyses;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The power panel without a stage. Expected sample sizes: R's power.prop.test formula (strict = FALSE) and the
 * normal-approximation two-sample formula, evaluated with SciPy 1.17 scipy.stats.norm.isf; exact to the unit.
 */
class PowerViewModelTest {

    private final SimpleObjectProperty<AnalysisResult> result = new SimpleObjectProperty<>();
    private final PowerViewModel model = new PowerViewModel(result);

    @Test
    void findsTheUsersPerVariantForAConversionRate() {
        model.kindProperty().set(PowerViewModel.Kind.PROPORTION);
        model.baselineProperty().set("10");
        model.effectProperty().set("5");

        // n = ((z.975 sqrt(2 p̄ q̄) + z.8 sqrt(p1 q1 + p2 q2)) / (p2 − p1))² = 57,762.65 for 10% → 10.5%.
        assertThat(model.answerProperty().get()).startsWith("57,763 users per variant to detect a +5.0% relative "
                + "change (from 10.00% to 10.50%) with 80% power at 95% confidence");
    }

    @Test
    void findsTheUsersPerVariantForAMean() {
        model.kindProperty().set(PowerViewModel.Kind.MEAN);
        model.baselineProperty().set("10");
        model.deviationProperty().set("1");
        model.effectProperty().set("5");

        // n = 2 (σ (z.975 + z.8) / δ)² = 62.79 for σ = 1, δ = 0.5.
        assertThat(model.answerProperty().get()).startsWith("63 users per variant");
    }

    @Test
    void findsTheSmallestEffectForASampleSize() {
        model.kindProperty().set(PowerViewModel.Kind.MEAN);
        model.goalProperty().set(PowerViewModel.Goal.MINIMUM_EFFECT);
        model.baselineProperty().set("8");
        model.deviationProperty().set("2");
        model.usersPerVariantProperty().set("1000");

        // MDE = (z.975 + z.8) σ sqrt(2 / n) = 0.250581 absolute, 3.13% of 8.
        assertThat(model.answerProperty().get()).isEqualTo("With 1,000 users per variant, the smallest change "
                + "detected is +3.1% relative (+0.2506) with 80% power at 95% confidence (two-sided).");
    }

    @Test
    void putsAMessageNextToEachWrongField() {
        model.kindProperty().set(PowerViewModel.Kind.PROPORTION);
        model.baselineProperty().set("120");
        model.effectProperty().set("0");
        model.confidenceProperty().set("abc");
        model.powerProperty().set("40");

        assertThat(model.messages().baselineProperty().get()).contains("between 0% and 100%");
        assertThat(model.messages().effectProperty().get()).contains("cannot be detected");
        assertThat(model.messages().confidenceProperty().get()).isEqualTo("Enter a number.");
        assertThat(model.messages().powerProperty().get()).contains("from 50%");
        assertThat(model.answerProperty().get()).startsWith("Fix the fields");

        model.baselineProperty().set("10");
        assertThat(model.messages().baselineProperty().get()).isEmpty();
    }

    @Test
    void startsFromTheExperimentsMetricAndSaysHowManyDaysAreLeft() {
        LoadedExperiment checkout = SampleAnalyses.load("checkout_redesign");
        result.set(ResultCalculator.calculate(checkout.statistics(), checkout.spec()));

        assertThat(model.metricProperty().get()).isEqualTo("purchase_rate");
        assertThat(model.kindProperty().get()).isEqualTo(PowerViewModel.Kind.PROPORTION);
        // manifest: control has 523 converters of 5,265 users.
        assertThat(model.baselineProperty().get()).isEqualTo("9.9335");
        model.baselineProperty().set("10");
        model.effectProperty().set("5");
        // 57,763 per variant; the smallest variant has 5,265 users after 35 days, 150.43 a day:
        // ceil((57,763 − 5,265) / 150.43) = 349 days.
        assertThat(model.daysLeftProperty().get()).contains("needs about 349 more days to reach 57,763 users per "
                + "variant (its smallest variant has 5,265)");

        model.metricProperty().set("revenue_per_user");
        assertThat(model.kindProperty().get()).isEqualTo(PowerViewModel.Kind.MEAN);
        assertThat(Double.parseDouble(model.deviationProperty().get())).isPositive();
    }

    @Test
    void saysWhenTheExperimentAlreadyHasEnoughUsers() {
        LoadedExperiment checkout = SampleAnalyses.load("checkout_redesign");
        result.set(ResultCalculator.calculate(checkout.statistics(), checkout.spec()));
        model.goalProperty().set(PowerViewModel.Goal.MINIMUM_EFFECT);
        model.usersPerVariantProperty().set("5000");

        assertThat(model.daysLeftProperty().get()).startsWith("The experiment already has the 5,000 users per "
                + "variant");
    }
}
