package com.splitbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartImagesTest {

    @TempDir
    Path folder;

    private static JFreeChart chart() {
        XYSeries series = new XYSeries("Cumulative lift");
        for (int day = 1; day <= 14; day++) {
            series.add(day, 0.01 + 0.002 * Math.sin(day));
        }
        return ChartFactory.createXYLineChart("Lift", "Day", "Lift", new XYSeriesCollection(series));
    }

    @Test
    void rendersAtTwiceTheShownSizeForSharpExports() {
        BufferedImage image = ChartImages.render(chart(), 400, 250);

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void writesAPngThatReadsBackWithoutLeavingTemporaryFiles() throws Exception {
        Path target = folder.resolve("charts/lift.png");

        ChartImages.writePng(ChartImages.render(chart(), 300, 200), target);

        BufferedImage read = ImageIO.read(target.toFile());
        assertThat(read.getWidth()).isEqualTo(600);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
