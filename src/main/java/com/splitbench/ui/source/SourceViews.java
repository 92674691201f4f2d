package com.splitbench.ui.source;

import com.splitbench.report.ReportService;
import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.FxmlViewLoader;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.results.ResultsController;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.warehouse.SavedSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * Builds the warehouse sources' views of one workspace: the connection dialog and each saved source's page. The
 * services come from the wiring; nothing here creates one.
 */
public final class SourceViews {

    /**
     * What the views are built with.
     *
     * @param owner the main window, owner of the dialog
     * @param saved told a source once the dialog saved it (UI thread), e.g. to list and select it
     * @param deleted told a source's name once its page deleted it (UI thread), e.g. to drop it from the sidebar
     */
    public record Services(SourceStore store, TaskExecutor tasks, SourcePasswords passwords, DialogService dialogs,
                           ReportService reports, Supplier<Window> owner, Consumer<SavedSource> saved,
                           Consumer<String> deleted) {
    }

    private final Services services;
    private final StatisticGlossary glossary = StatisticGlossary.english();

    public SourceViews(Services services) {
        this.services = Objects.requireNonNull(services);
    }

    /** Opens the connection dialog, empty or on a saved source. UI thread. */
    public ConnectionDialogWindow.Opened connect(Optional<SavedSource> editing) {
        return ConnectionDialogWindow.open(services.owner().get(), new ConnectionDialogWindow.Services(
                services.store(), services.tasks(), services.passwords(), services.dialogs()), editing,
                services.saved());
    }

    /** A built page: its root node and view model. */
    public record Page(Parent root, WarehousePageViewModel model) {
    }

    /** Builds the page of a saved source and starts reading it. UI thread. */
    public Page page(String name) {
        WarehousePageViewModel model = new WarehousePageViewModel(name, new WarehousePageViewModel.Services(
                services.store(), services.tasks(), services.passwords(), services.dialogs(), services.reports(),
                source -> connect(Optional.of(source)), services.deleted()));
        ControllerFactory controllers = ControllerFactory.builder()
                .register(WarehousePageController.class, () -> new WarehousePageController(model))
                .register(ResultsController.class, () -> new ResultsController(model.results(), glossary))
                .build();
        Parent root = new FxmlViewLoader(controllers).load(WarehousePageController.class).root();
        model.load();
        return new Page(root, model);
    }
}
