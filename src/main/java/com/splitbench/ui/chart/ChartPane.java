package com.splitbench.ui.chart;

import com.splitbench.ui.common.CopyTargets;
import com.splitbench.ui.common.DialogService;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.common.FileType;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart with its title bar and the two things users do with a chart: "Copy image" (to paste into a slide) and
 * "Save as PNG…". Both are also in the chart's context menu, and Edit ▸ Copy copies the image while the chart has
 * focus. The chart follows the window theme.
 */
public final class ChartPane extends BorderPane {

    private static final String STYLESHEET =
            Objects.requireNonNull(ChartPane.class.getResource("chart.css")).toExternalForm();

    private final ChartViewer viewer;
    private final String title;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final TaskExecutor tasks;
    // Held here and added weakly: the theme outlives the pane, and must not keep a closed view alive.
    private final ChangeListener<Theme> followTheme = (observable, before, now) ->
            ChartColors.apply(chart(), now == null ? Theme.LIGHT : now);

    /**
     * @param title the name shown above the chart and suggested as the file name
     * @param theme the window theme, followed by the chart's colours
     */
    public ChartPane(String title, JFreeChart chart, ObservableValue<Theme> theme, DialogService dialogs,
                     ErrorReporter errors, TaskExecutor tasks) {
        this.title = Objects.requireNonNull(title);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.errors = Objects.requireNonNull(errors);
        this.tasks = Objects.requireNonNull(tasks);
        this.viewer = new ChartViewer(chart, false);
        getStyleClass().add("chart-pane");
        setTop(toolbar());
        setCenter(viewer);
        viewer.setMinSize(200, 150);
        ContextMenu menu = new ContextMenu(item("Copy image", this::copyImage), item("Save as PNG…", this::saveAsPng));
        viewer.setOnContextMenuRequested(event -> menu.show(viewer, event.getScreenX(), event.getScreenY()));
        viewer.setOnMousePressed(event -> requestFocus());
        setFocusTraversable(true);
        CopyTargets.register(this, this::copyImage);
        ChartColors.apply(chart, theme.getValue() == null ? Theme.LIGHT : theme.getValue());
        theme.addListener(new WeakChangeListener<>(followTheme));
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** Puts the chart, as shown, on the clipboard as an image. */
    public void copyImage() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(renderAsShown(), null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks where to save, then renders on this thread and writes the file in the background. */
    public void saveAsPng() {
        dialogs.chooseFileToSave("Save chart as PNG", title + ".png", FileType.PNG).ifPresent(this::saveAsPng);
    }

    /** Renders now (the chart belongs to the JavaFX thread) and writes the PNG on a worker thread. */
    public BackgroundTask<Void> saveAsPng(Path target) {
        BufferedImage image = renderAsShown();
        return tasks.execute(BackgroundTask.<Void>of("Saving " + target.getFileName(), task -> {
            ChartImages.writePng(image, target);
            return null;
        }).onError(failure -> errors.report("The chart could not be saved", failure)));
    }

    private BufferedImage renderAsShown() {
        double width = viewer.getWidth() > 0 ? viewer.getWidth() : 800;
        double height = viewer.getHeight() > 0 ? viewer.getHeight() : 500;
        return ChartImages.render(viewer.getChart(), width, height);
    }

    private HBox toolbar() {
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = new Button("Copy image");
        copy.setOnAction(event -> copyImage());
        Button save = new Button("Save as PNG…");
        save.setOnAction(event -> saveAsPng());
        copy.getStyleClass().addAll("small", "flat");
        save.getStyleClass().addAll("small", "flat");
        HBox bar = new HBox(6, heading, spacer, copy, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chart-toolbar");
        return bar;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
