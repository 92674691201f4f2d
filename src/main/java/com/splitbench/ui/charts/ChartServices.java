package com.splitbench.ui.charts;

import com.splitbench.ui.chart.ChartDataLoader;
import com.splitbench.ui.chart.ChartPane;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.task.TaskExecutor;
import javafx.beans.value.ObservableValue;
import org.jfree.chart.JFreeChart;

/** What chart views are built with: the window's tasks, dialogs, error reporting and theme. */
public record ChartServices(TaskExecutor tasks, DialogService dialogs, ErrorReporter errors,
                            ObservableValue<Theme> theme) {

    /** A chart with its title, Copy image and Save as PNG. */
    public ChartPane pane(String title, JFreeChart chart) {
        ChartPane pane = new ChartPane(title, chart, theme, dialogs, errors, tasks);
        pane.setMinHeight(300);
        pane.setPrefHeight(340);
        return pane;
    }

    /** A loader that builds one chart's datasets off the JavaFX thread. */
    public ChartDataLoader loader() {
        return new ChartDataLoader(tasks);
    }
}
