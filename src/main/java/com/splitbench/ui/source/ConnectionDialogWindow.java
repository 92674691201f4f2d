package com.splitbench.ui.source;

import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.FxmlViewLoader;
import com.splitbench.ui.task.TaskExecutor;
import com.splitbench.warehouse.SavedSource;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The connection dialog's window, owned by the main window, which waits while it is open. */
public final class ConnectionDialogWindow {

    /** What the services behind the dialog are. */
    public record Services(SourceStore store, TaskExecutor tasks, SourcePasswords passwords, DialogService dialogs) {
    }

    /** An open dialog: its window and view model. */
    public record Opened(Stage stage, ConnectionDialogViewModel model) {
    }

    private ConnectionDialogWindow() {
    }

    /**
     * Opens the dialog, empty or showing a saved source to change. UI thread.
     *
     * @param saved told the source once it is saved; the dialog has closed by then
     */
    public static Opened open(Window owner, Services services, Optional<SavedSource> editing,
                              Consumer<SavedSource> saved) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(editing.map(source -> "Data source " + source.name()).orElse("Connect to a warehouse"));
        ConnectionDialogViewModel model = new ConnectionDialogViewModel(services.store(), services.tasks(),
                services.passwords(), source -> {
                    stage.close();
                    saved.accept(source);
                });
        editing.ifPresent(model::edit);
        ControllerFactory controllers = ControllerFactory.builder()
                .register(ConnectionDialogController.class, () -> new ConnectionDialogController(model,
                        services.dialogs(), stage::close))
                .build();
        Scene scene = new Scene(new FxmlViewLoader(controllers).load(ConnectionDialogController.class).root());
        if (owner != null && owner.getScene() != null) {
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                    .filter(style -> style.startsWith("theme-")).toList());
        }
        stage.setScene(scene);
        stage.show();
        return new Opened(stage, model);
    }
}
