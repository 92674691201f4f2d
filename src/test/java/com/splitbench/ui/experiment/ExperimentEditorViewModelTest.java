package com.splitbench.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.ValueFilter;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.ui.task.TaskContext;
import com.splitbench.ui.testing.SampleAnalyses;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The experiment editor without a stage, on the sample's checkout experiment. */
class ExperimentEditorViewModelTest {

    private final List<AnalysisSpec> saved = new ArrayList<>();
    private final List<String> afterSave = new ArrayList<>();
    private final ExperimentData data = new ExperimentData() {
        @Override
        public LoadedExperiment load(String experimentKey, TaskContext task) {
            throw new UnsupportedOperationException("the editor never loads");
        }

        @Override
        public void saveDefinition(AnalysisSpec spec) {
            saved.add(spec);
        }
    };
    private final LoadedExperiment checkout = SampleAnalyses.load("checkout_redesign");
    private final ExperimentEditorViewModel model = new ExperimentEditorViewModel(
            new SimpleObjectProperty<>(checkout), data, new CurrentThreadTaskExecutor(failure -> {
                throw new AssertionError(failure);
            }), () -> afterSave.add("saved"));

    @Test
    void startsFromTheSavedDefinitionAndHasNothingToSave() {
        assertThat(model.nameProperty().get()).isEqualTo("Checkout redesign");
        assertThat(model.controlProperty().get()).isEqualTo("control");
        assertThat(model.weights()).extracting(WeightField::variant).containsExactly("control", "treatment_a",
                "treatment_b");
        assertThat(model.metrics().stream().filter(c -> c.selectedProperty().get()).map(MetricChoice::name))
                .containsExactly("purchase_rate", "revenue_per_user", "add_to_cart_rate", "orders_per_session",
                        "sessions_per_user");
        assertThat(model.metrics()).extracting(MetricChoice::name).contains("page_view_rate", "purchase_value");
        assertThat(model.canSave().get()).isFalse();
    }

    @Test
    void savesWhatWasEditedAndTellsTheExperimentToReload() {
        model.nameProperty().set("Checkout, shorter");
        model.weights().get(0).textProperty().set("50");
        model.weights().get(1).textProperty().set("25");
        model.weights().get(2).textProperty().set("25");
        model.fromProperty().set(LocalDate.of(2025, 3, 3));
        model.untilProperty().set(LocalDate.of(2025, 3, 31));
        assertThat(model.canSave().get()).isTrue();

        model.save();

        AnalysisSpec spec = saved.get(0);
        assertThat(spec.experiment().displayName()).isEqualTo("Checkout, shorter");
        assertThat(spec.experiment().weights()).isEqualTo(Map.of("control", 50.0, "treatment_a", 25.0,
                "treatment_b", 25.0));
        assertThat(spec.experiment().from()).contains(Instant.parse("2025-03-03T00:00:00Z"));
        assertThat(spec.experiment().to()).contains(Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(spec.metrics()).hasSize(5);
        assertThat(afterSave).containsExactly("saved");
        assertThat(model.canSave().get()).isFalse();
    }

    @Test
    void putsMessagesNextToWrongWeightsAndDates() {
        model.weights().get(1).textProperty().set("half");
        model.untilProperty().set(LocalDate.of(2025, 3, 1));
        model.fromProperty().set(LocalDate.of(2025, 3, 10));

        assertThat(model.weights().get(1).messageProperty().get()).isEqualTo("Enter a number, e.g. 50.");
        assertThat(model.weightsMessageProperty().get()).isEqualTo("Give every variant a weight.");
        assertThat(model.datesMessageProperty().get()).isEqualTo("The last day is before the first day.");
        assertThat(model.canSave().get()).isFalse();

        model.weights().get(1).textProperty().set("1");
        model.fromProperty().set(null);
        assertThat(model.weightsMessageProperty().get()).isEmpty();
        assertThat(model.datesMessageProperty().get()).isEmpty();
    }

    @Test
    void addsAMetricFromTheMetricEditorAndFallsBackToAutomaticMetricsWhenNoneIsTicked() {
        MetricDefinition views = MetricDefinition.of("views", new MetricKind.Count("page_view", ValueFilter.NONE));
        model.putMetric(views, "");
        assertThat(model.metrics().get(model.metrics().size() - 1).name()).isEqualTo("views");
        assertThat(model.otherMetricNames("views")).doesNotContain("views").contains("purchase_rate");

        model.metrics().forEach(choice -> choice.selectedProperty().set(false));
        assertThat(model.metricsMessageProperty().get()).contains("automatic metrics");
        model.save();

        assertThat(saved.get(0).metrics()).isEmpty();
    }
}
