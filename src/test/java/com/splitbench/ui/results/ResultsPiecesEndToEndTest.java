package com.splitbench.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.chart.ChartPane;
import com.splitbench.ui.common.ErrorMessages;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.glossary.Statistic;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.settings.Theme;
import com.splitbench.ui.table.CiAxis;
import com.splitbench.ui.table.CiBarCell;
import com.splitbench.ui.table.DesiredDirection;
import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.ui.table.FormattedNumberCell;
import com.splitbench.ui.table.IntervalEstimate;
import com.splitbench.ui.table.TableClipboard;
import com.splitbench.ui.task.AppExecutor;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.ThreadPoolTaskExecutor;
import com.splitbench.ui.task.UiThread;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.ui.testing.UiSnapshots;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pieces the results views are built from, together in one window as a results view would use them: a
 * significance table with formatted numbers, glossary tooltips and CI bars on a shared axis, and a chart pane.
 * The rows are invented for the picture; the numbers the views will show come from the analysis engine.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsPiecesEndToEndTest {

    record Row(String metric, String variant, double control, double value, IntervalEstimate lift, double p) {
    }

    @TempDir
    Path folder;

    private final AppExecutor workers = new AppExecutor(2);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private TableView<Row> table;
    private ChartPane chart;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ErrorReporter errors = new ErrorReporter(dialogs, new ErrorMessages(null));
        table = table();
        chart = new ChartPane("Cumulative lift of purchase_rate", cumulativeLift(), theme, dialogs, errors,
                new ThreadPoolTaskExecutor(workers, UiThread.javafx(), errors::report));
        chart.setPrefHeight(300);
        VBox root = new VBox(12, table, chart);
        root.setStyle("-fx-padding: 16; -fx-background-color: -color-bg-default;");
        scene = new Scene(root, 980, 600);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        workers.close();
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
    }

    @Test
    void looksRightInTheLightAndDarkThemes(FxRobot robot) {
        UiSnapshots.save(scene, "results-pieces-light");
        robot.interact(() -> {
            theme.set(Theme.DARK);
            Application.setUserAgentStylesheet(Theme.DARK.userAgentStylesheet());
        });
        UiSnapshots.save(scene, "results-pieces-dark");
        assertThat(chart.chart().getBackgroundPaint()).isNotEqualTo(Color.WHITE);
    }

    @Test
    void copiesTheSelectedRowsWithCtrlCAtFullPrecision(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertThat(copied.lines()).containsExactly(
                "Metric\tVariant\tControl\tVariant value\tRelative lift\tRelative lift CI low\t"
                        + "Relative lift CI high\tp-value",
                "purchase_rate\tgreen button\t0.026566872181105615\t0.02910330113\t0.09548215\t0.0155102\t"
                        + "0.1754541\t0.0190338");
    }

    @Test
    void savesTheChartAsAPngTwiceTheSizeShown(FxRobot robot) throws Exception {
        Path target = folder.resolve("lift.png");

        BackgroundTask<Void> save = WaitForAsyncUtils.asyncFx(() -> chart.saveAsPng(target)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> save.getState().isFinished());

        java.awt.image.BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(chart.viewer().getWidth() * 2));
    }

    private TableView<Row> table() {
        DesiredDirection up = DesiredDirection.HIGHER_IS_BETTER;
        List<Row> rows = List.of(
                new Row("purchase_rate", "red button", 0.026566872181105615, 0.02701, new IntervalEstimate(
                        0.0167, -0.0412, 0.0746, false, up), 0.5731),
                new Row("purchase_rate", "green button", 0.026566872181105615, 0.02910330113, new IntervalEstimate(
                        0.09548215, 0.0155102, 0.1754541, true, up), 0.0190338),
                new Row("revenue_per_user", "green button", 1.8421, 1.7112, new IntervalEstimate(
                        -0.0711, -0.1302, -0.0120, true, up), 0.0214),
                new Row("page_load_seconds", "green button", 2.31, 2.118, new IntervalEstimate(
                        -0.0831, -0.1190, -0.0472, true, DesiredDirection.LOWER_IS_BETTER), 0.00002),
                new Row("support_tickets", "green button", 0.0121, Double.NaN, new IntervalEstimate(
                        Double.NaN, Double.NaN, Double.NaN, false, DesiredDirection.LOWER_IS_BETTER), Double.NaN));
        TableView<Row> view = new TableView<>(FXCollections.observableArrayList(rows));
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        view.setPrefHeight(200);
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        StatisticGlossary glossary = StatisticGlossary.english();
        view.getColumns().add(column("Metric", Row::metric));
        view.getColumns().add(column("Variant", Row::variant));
        view.getColumns().add(number("Control", Row::control, v -> DisplayFormats.number(v, 4)));
        view.getColumns().add(number("Variant value", Row::value, v -> DisplayFormats.number(v, 4)));
        TableColumn<Row, IntervalEstimate> lift = column("Relative lift", Row::lift);
        ObjectProperty<CiAxis> axis = new SimpleObjectProperty<>(
                CiAxis.covering(rows.stream().map(Row::lift).toList()));
        lift.setCellFactory(c -> new CiBarCell<>(axis, v -> DisplayFormats.signedPercent(v, 1)));
        lift.setPrefWidth(260);
        glossary.explainColumn(lift, Statistic.RELATIVE_LIFT);
        view.getColumns().add(lift);
        TableColumn<Row, Number> p = number("p-value", Row::p, DisplayFormats::pValue);
        glossary.explainColumn(p, Statistic.P_VALUE);
        view.getColumns().add(p);
        TableClipboard.install(view);
        return view;
    }

    private static <T> TableColumn<Row, T> column(String title, Function<Row, T> value) {
        TableColumn<Row, T> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(value.apply(data.getValue())));
        return column;
    }

    private static TableColumn<Row, Number> number(String title, Function<Row, Number> value,
                                                   java.util.function.DoubleFunction<String> format) {
        TableColumn<Row, Number> column = column(title, value);
        column.setCellFactory(c -> new FormattedNumberCell<>(format));
        return column;
    }

    private static JFreeChart cumulativeLift() {
        YIntervalSeries series = new YIntervalSeries("green button vs control");
        for (int day = 1; day <= 21; day++) {
            double lift = 0.095 + 0.04 * Math.exp(-day / 4.0) * Math.cos(day);
            double half = 0.35 / Math.sqrt(day);
            series.add(day, lift, lift - half, lift + half);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        JFreeChart chart = ChartFactory.createXYLineChart(null, "Days since exposure", "Relative lift", data);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x0969da));
        renderer.setSeriesFillPaint(0, new Color(0x54aeff));
        ((XYPlot) chart.getPlot()).setRenderer(renderer);
        return chart;
    }
}
