package com.splitbench.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. Started by {@link #launchWindow(String[])} from the non-Application launcher. */
public final class DesktopApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Splitbench");
        stage.setScene(new Scene(new Label("Splitbench"), 1200, 800));
        stage.show();
    }
}
