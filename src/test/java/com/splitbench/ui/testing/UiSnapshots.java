package com.splitbench.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a scene or node looks like as a PNG under {@code target/ui-snapshots/}, so that anyone can open the
 * main screens after a test run and look at them as a user would.
 */
public final class UiSnapshots {

    public static final Path DIRECTORY = Path.of("target", "ui-snapshots");

    private UiSnapshots() {
    }

    /** Snapshots the whole scene (the window's content) after pending layout and CSS have run. */
    public static Path save(Scene scene, String name) {
        return write(onFxThread(() -> scene.snapshot(null)), name);
    }

    public static Path save(Node node, String name) {
        return write(onFxThread(() -> node.snapshot(null, null)), name);
    }

    private static WritableImage onFxThread(java.util.concurrent.Callable<WritableImage> snapshot) {
        WaitForAsyncUtils.waitForFxEvents();
        if (Platform.isFxApplicationThread()) {
            try {
                return snapshot.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(snapshot).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The snapshot could not be taken", e);
        }
    }

    private static Path write(WritableImage image, String name) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path file = DIRECTORY.resolve(name + ".png");
        try {
            Files.createDirectories(DIRECTORY);
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
