package com.splitbench.ui.importwizard;

import com.splitbench.ui.common.ControllerFactory;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.FxmlViewLoader;
import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import wizard's window: owned by the main window, which waits while it is open; files can be dropped on it. */
public final class ImportWizardWindow {

    private ImportWizardWindow() {
    }

    /** Opens the wizard. UI thread. */
    public static Stage open(Window owner, ImportWizardViewModel model, DialogService dialogs) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import files");
        ControllerFactory controllers = ControllerFactory.builder()
                .register(ImportWizardController.class, () -> new ImportWizardController(model, dialogs,
                        stage::close))
                .build();
        Scene scene = new Scene(new FxmlViewLoader(controllers).load(ImportWizardController.class).root());
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && model.stepProperty().get() == ImportWizardViewModel.Step.SETUP) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            model.addFiles(files.stream().map(File::toPath).toList());
            event.setDropCompleted(true);
            event.consume();
        });
        if (owner != null && owner.getScene() != null) {
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                    .filter(style -> style.startsWith("theme-")).toList());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (model.stepProperty().get() == ImportWizardViewModel.Step.IMPORTING) {
                // Closing mid-import would hide the progress; cancel first, the summary then says what happened.
                event.consume();
                model.cancel();
            }
        });
        stage.show();
        return stage;
    }
}
