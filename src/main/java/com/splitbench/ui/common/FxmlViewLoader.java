package com.splitbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML with the app's {@link ControllerFactory}. By convention a controller class {@code FooController}
 * has its layout in {@code Foo.fxml} in the same package under {@code src/main/resources}, beside its CSS.
 */
public final class FxmlViewLoader {

    private final ControllerFactory controllers;

    public FxmlViewLoader(ControllerFactory controllers) {
        this.controllers = Objects.requireNonNull(controllers);
    }

    /** A loaded view: its root node and the controller the factory built for it. */
    public record View<C>(Parent root, C controller) {
    }

    /**
     * Loads the FXML that belongs to the controller class.
     *
     * @throws IllegalStateException if the FXML file is missing or names another controller
     * @throws UncheckedIOException  if the FXML cannot be read or parsed (a bug in the build, not the user's doing)
     */
    public <C> View<C> load(Class<C> controllerType) {
        URL fxml = fxmlFor(controllerType);
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            Object controller = loader.getController();
            if (!controllerType.isInstance(controller)) {
                throw new IllegalStateException(fxml + " declares controller "
                        + (controller == null ? "none" : controller.getClass().getName())
                        + " but " + controllerType.getName() + " was expected");
            }
            return new View<>(root, controllerType.cast(controller));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the view " + fxml, e);
        }
    }

    static <C> URL fxmlFor(Class<C> controllerType) {
        String name = controllerType.getSimpleName();
        if (!name.endsWith("Controller")) {
            throw new IllegalArgumentException(controllerType.getName() + " does not end in Controller");
        }
        String file = name.substring(0, name.length() - "Controller".length()) + ".fxml";
        URL url = controllerType.getResource(file);
        if (url == null) {
            throw new IllegalStateException("The view " + file + " is missing beside " + controllerType.getName()
                    + " (expected under src/main/resources/" + controllerType.getPackageName().replace('.', '/') + ")");
        }
        return url;
    }
}
