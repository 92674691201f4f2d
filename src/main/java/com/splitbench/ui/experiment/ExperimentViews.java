package com.splitbench.ui.experiment;

import com.splitbench.ui.charts.ChartServices;
import com.splitbench.ui.charts.ChartsController;
import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.common.FxmlViewLoader;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.metric.MetricViews;
import com.splitbench.ui.power.PowerController;
import com.splitbench.ui.results.ResultsController;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.task.TaskExecutor;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * Builds experiment pages: one view model per page, its controllers wired with it, and the load started. The
 * services come from the wiring; nothing here creates one.
 */
public final class ExperimentViews {

    /** What experiment pages are built with. */
    public record Services(ExperimentData data, TaskExecutor tasks, DialogService dialogs, ErrorReporter errors,
                           ObservableValue<Theme> theme, Consumer<String> definitionSaved) {
    }

    private final Services services;
    private final StatisticGlossary glossary = StatisticGlossary.english();

    public ExperimentViews(Services services) {
        this.services = Objects.requireNonNull(services);
    }

    /** A built page: its root node and view model. */
    public record Page(Parent root, ExperimentViewModel model, ExperimentController controller) {
    }

    /** Builds the page of an experiment and starts loading it. UI thread. */
    public Page create(String experimentKey) {
        ExperimentViewModel model = new ExperimentViewModel(experimentKey, services.data(), services.tasks(),
                services.definitionSaved());
        ChartServices charts = new ChartServices(services.tasks(), services.dialogs(), services.errors(),
                services.theme());
        ControllerFactory controllers = ControllerFactory.builder()
                .register(ExperimentController.class, () -> new ExperimentController(model))
                .register(ResultsController.class, () -> new ResultsController(model.results(), glossary))
                .register(OverviewController.class, () -> new OverviewController(model.overview(), charts, glossary))
                .register(ChartsController.class, () -> new ChartsController(model.charts(), charts))
                .register(PowerController.class, () -> new PowerController(model.power(), glossary))
                .register(ExperimentEditorController.class, () -> new ExperimentEditorController(model.editor(),
                        MetricViews::editor))
                .build();
        FxmlViewLoader loader = new FxmlViewLoader(controllers);
        FxmlViewLoader.View<ExperimentController> view = loader.load(ExperimentController.class);
        LazyTabContent.install(view.controller().tabs(), Map.of(
                "overviewTab", () -> loader.load(OverviewController.class).root(),
                "chartsTab", () -> loader.load(ChartsController.class).root(),
                "powerTab", () -> loader.load(PowerController.class).root(),
                "definitionTab", () -> loader.load(ExperimentEditorController.class).root()));
        model.load();
        return new Page(view.root(), model, view.controller());
    }
}
