package com.splitbench.ui.results;

import com.splitbench.ui.common.HoverTooltip;
import com.splitbench.ui.glossary.Statistic;
import com.splitbench.ui.glossary.StatisticGlossary;
import com.splitbench.ui.table.DisplayFormats;
import com.splitbench.ui.table.FormattedNumberCell;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The significance table's columns: what each shows, how it is drawn, and its header tooltip. Every column's
 * user data is its {@link ResultColumn}, so a selected cell can be explained.
 */
final class ResultsTableColumns {

    private ResultsTableColumns() {
    }

    static void install(TableView<ResultLine> table, ResultsViewModel model, StatisticGlossary glossary) {
        TableColumn<ResultLine, String> segment = text("Segment", ResultColumn.SEGMENT, ResultLine::segment, 85);
        segment.visibleProperty().bind(model.headings().segmentShown());
        TableColumn<ResultLine, ResultLine.MetricName> metric = column("Metric", ResultColumn.METRIC,
                ResultLine::metric, 145);
        metric.setCellFactory(c -> new TwoLineCell<>(ResultLine.MetricName::name, ResultLine.MetricName::role,
                name -> name.name() + ": " + name.description(), javafx.geometry.Pos.CENTER_LEFT));
        TableColumn<ResultLine, String> variant = text("Variant", ResultColumn.VARIANT, ResultLine::variant, 100);
        TableColumn<ResultLine, ArmValue> control = column("Control", ResultColumn.CONTROL, ResultLine::control, 100);
        control.setCellFactory(c -> arm());
        explain(control, glossary, Statistic.CONTROL_VALUE);
        TableColumn<ResultLine, ArmValue> treatment = column("Value", ResultColumn.TREATMENT,
                ResultLine::treatment, 100);
        treatment.setCellFactory(c -> arm());
        explain(treatment, glossary, Statistic.VARIANT_VALUE);
        TableColumn<ResultLine, Difference> shown = new TableColumn<>();
        shown.setUserData(ResultColumn.DIFFERENCE);
        shown.setCellValueFactory(data -> model.relativeProperty().map(relative -> data.getValue().shown(relative)));
        shown.setCellFactory(c -> new DifferenceBarCell(model.axisProperty()));
        shown.setPrefWidth(240);
        headerWithTooltip(shown, model.headings().differenceTitle(true), glossary);
        TableColumn<ResultLine, Difference> other = new TableColumn<>();
        other.setUserData(ResultColumn.OTHER_DIFFERENCE);
        other.setCellValueFactory(data -> model.relativeProperty().map(relative -> data.getValue().other(relative)));
        other.setCellFactory(c -> new TwoLineCell<>(Difference::text, Difference::intervalText,
                DifferenceBarCell::describe, javafx.geometry.Pos.CENTER_RIGHT));
        other.setPrefWidth(130);
        headerWithTooltip(other, model.headings().differenceTitle(false), glossary);
        TableColumn<ResultLine, PValue> p = column("p-value", ResultColumn.P_VALUE, ResultLine::pValue, 80);
        p.setCellFactory(c -> pValueCell());
        // The header is the label below, whose title follows the correction; a column text would be drawn beside it.
        p.setText(null);
        Label pHeader = new Label();
        // Two short lines rather than one long one: the header, not the numbers, set the widths of the p-value and
        // chance-to-win columns, and with a correction, the Bayesian view and absolute differences all on, a
        // 1280-px window fell about 60 px short of showing every column. Copies join the lines with a space.
        pHeader.textProperty().bind(model.headings().pValueTitle().map(title -> title.replace(" (", "\n(")));
        HoverTooltip pExplained = glossary.explainOnHover(pHeader, pStatistic(model.correctionProperty().get()));
        model.correctionProperty().addListener((observable, before, correction) ->
                glossary.explain(pExplained, pStatistic(correction)));
        p.setGraphic(pHeader);
        TableColumn<ResultLine, Number> chance = ResultsTableColumns.<Number>column("Chance\nto win",
                ResultColumn.CHANCE_TO_WIN, ResultLine::chanceToWin, 95);
        chance.setCellFactory(c -> new FormattedNumberCell<>(ResultFormats::chance));
        explain(chance, glossary, Statistic.CHANCE_TO_WIN);
        chance.visibleProperty().bind(model.headings().chanceToWinShown());
        table.getColumns().setAll(java.util.List.of(segment, metric, variant, control, treatment, shown, other, p,
                chance));
        table.getColumns().forEach(column -> column.setSortable(false));
    }

    private static void headerWithTooltip(TableColumn<ResultLine, Difference> column,
                                          ObservableValue<String> title, StatisticGlossary glossary) {
        Label header = new Label();
        header.textProperty().bind(title);
        HoverTooltip explained = glossary.explainOnHover(header, differenceStatistic(title.getValue()));
        title.addListener((observable, before, text) ->
                glossary.explain(explained, differenceStatistic(text)));
        column.setGraphic(header);
    }

    private static Statistic differenceStatistic(String title) {
        return title != null && title.startsWith("Rel") ? Statistic.RELATIVE_LIFT : Statistic.ABSOLUTE_DIFFERENCE;
    }

    private static Statistic pStatistic(com.splitbench.spec.Correction correction) {
        return correction == com.splitbench.spec.Correction.NONE ? Statistic.P_VALUE : Statistic.ADJUSTED_P_VALUE;
    }

    private static TwoLineCell<ArmValue> arm() {
        return new TwoLineCell<>(ArmValue::text, ArmValue::countsText, value -> "Full value: " + value.value()
                + "\nfrom " + value.numerator() + " / " + value.denominator()
                + ". Select the cell to see how it was computed.", javafx.geometry.Pos.CENTER_RIGHT);
    }

    private static TableCell<ResultLine, PValue> pValueCell() {
        return new TwoLineCell<>(PValue::text, value -> value.adjusted() ? "raw " + DisplayFormats.pValue(value.raw())
                : "", value -> "p = " + value.shown() + (value.adjusted() ? " after the correction (raw p = "
                + value.raw() + ")" : "") + ". Select the cell to see the test.", javafx.geometry.Pos.CENTER_RIGHT);
    }

    private static void explain(TableColumn<ResultLine, ?> column, StatisticGlossary glossary, Statistic statistic) {
        glossary.explainColumn(column, statistic);
    }

    private static TableColumn<ResultLine, String> text(String title, ResultColumn id,
                                                        Function<ResultLine, String> value, double width) {
        return column(title, id, value, width);
    }

    private static <T> TableColumn<ResultLine, T> column(String title, ResultColumn id, Function<ResultLine, T> value,
                                                         double width) {
        TableColumn<ResultLine, T> column = new TableColumn<>(title);
        column.setUserData(id);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(value.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
