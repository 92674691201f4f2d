package com.splitbench.ui.report;

import com.splitbench.report.OpenedReport;
import com.splitbench.ui.charts.ChartServices;
import com.splitbench.ui.charts.ChartsController;
import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.common.FxmlViewLoader;
import com.splitbench.ui.experiment.OverviewController;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.results.ResultsController;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.task.TaskExecutor;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * Builds report pages: one view model per page, the report header's controller and the results, overview and charts
 * controllers an experiment page uses, wired with it. The services come from the wiring.
 */
public final class ReportPageFactory {

    /** What report pages are built with. */
    public record Services(TaskExecutor tasks, DialogService dialogs, ErrorReporter errors,
                           ObservableValue<Theme> theme, WorkspaceCheck check, ObservableBooleanValue workspaceOpen,
                           ZoneId zone) {
    }

    /** A built page: its root node, view model and controller. */
    public record Page(Parent root, ReportPageViewModel model, ReportPageController controller) {
    }

    private final Services services;
    private final StatisticGlossary glossary = StatisticGlossary.english();

    public ReportPageFactory(Services services) {
        this.services = Objects.requireNonNull(services);
    }

    /** Builds the page of an opened report and starts computing its results. UI thread. */
    public Page create(OpenedReport report) {
        ReportPageViewModel model = new ReportPageViewModel(report, services.tasks(), services.check(),
                services.workspaceOpen(), services.zone());
        ChartServices charts = new ChartServices(services.tasks(), services.dialogs(), services.errors(),
                services.theme());
        ControllerFactory controllers = ControllerFactory.builder()
                .register(ReportPageController.class, () -> new ReportPageController(model))
                .register(ResultsController.class, () -> new ResultsController(model.results(), glossary))
                .register(OverviewController.class, () -> new OverviewController(model.overview(), charts, glossary))
                .register(ChartsController.class, () -> new ChartsController(model.charts(), charts))
                .build();
        FxmlViewLoader.View<ReportPageController> view = new FxmlViewLoader(controllers)
                .load(ReportPageController.class);
        model.show();
        return new Page(view.root(), model, view.controller());
    }
}
