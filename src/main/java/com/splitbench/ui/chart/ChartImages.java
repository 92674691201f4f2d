package com.splitbench.ui.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Renders a chart to an image at a higher pixel density than the screen, so a pasted or saved chart stays sharp
 * in a slide or a document, and writes it as PNG.
 */
public final class ChartImages {

    /** Pixels per point of chart size in exported images. */
    public static final double EXPORT_SCALE = 2;

    private ChartImages() {
    }

    /**
     * Draws the chart laid out at {@code width × height} points into an image {@link #EXPORT_SCALE} times as large.
     * Call on the thread that owns the chart (the JavaFX thread): JFreeChart is not thread-safe.
     */
    public static BufferedImage render(JFreeChart chart, double width, double height) {
        int drawWidth = Math.max(1, (int) Math.round(width));
        int drawHeight = Math.max(1, (int) Math.round(height));
        return chart.createBufferedImage((int) Math.round(drawWidth * EXPORT_SCALE),
                (int) Math.round(drawHeight * EXPORT_SCALE), drawWidth, drawHeight, null);
    }

    /** Writes the image as PNG, atomically: the target is either the old file or the complete new one. */
    public static void writePng(BufferedImage image, Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".chart", ".png.tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("No PNG writer is available in this Java runtime");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
