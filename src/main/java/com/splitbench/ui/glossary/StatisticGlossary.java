package com.splitbench.ui.glossary;

import com.splitbench.ui.common.HoverTooltip;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Plain-words explanations of each statistic, from the resource bundle {@code com/splitbench/ui/glossary/glossary},
 * as text or as tooltips for column headers and labels. Every {@link Statistic} must have an entry; a missing one
 * fails when the glossary is built, not when a user hovers.
 */
public final class StatisticGlossary {

    static final String BUNDLE = "com.splitbench.ui.glossary.glossary";

    private final Map<Statistic, String> explanations = new EnumMap<>(Statistic.class);

    /** The glossary in the given language (English is the only one today). */
    public StatisticGlossary(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        for (Statistic statistic : Statistic.values()) {
            try {
                explanations.put(statistic, bundle.getString(statistic.bundleKey()).strip());
            } catch (MissingResourceException e) {
                throw new IllegalStateException("The glossary has no entry " + statistic.bundleKey(), e);
            }
        }
    }

    public static StatisticGlossary english() {
        return new StatisticGlossary(Locale.ROOT);
    }

    public String explain(Statistic statistic) {
        return explanations.get(statistic);
    }

    /**
     * Explains {@code statistic} in a tooltip on {@code control}, made when the pointer first enters it: a tooltip is
     * a popup window with its own styling, and the results page alone carries a dozen of them, which took about 1 %
     * of the JavaFX thread's work before the first results when made up front (JFR). Screen readers get the
     * explanation as the control's help text at once. The returned hover changes the text later.
     */
    public HoverTooltip explainOnHover(Control control, Statistic statistic) {
        HoverTooltip hover = HoverTooltip.explaining(control, StatisticGlossary::style);
        explain(hover, statistic);
        return hover;
    }

    /** Points a hover made by {@link #explainOnHover} at another statistic. */
    public void explain(HoverTooltip hover, Statistic statistic) {
        hover.show(explain(statistic));
    }

    /** A glossary tooltip wraps, appears quickly and stays long enough to be read. */
    private static void style(Tooltip tooltip) {
        tooltip.setMaxWidth(380);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.getStyleClass().add("glossary-tooltip");
    }

    /**
     * Gives a table column a header label with the explanation as its tooltip. The label carries the title, so
     * {@code TableClipboard} still finds it.
     */
    public void explainColumn(TableColumn<?, ?> column, Statistic statistic) {
        String title = column.getText() == null || column.getText().isBlank() ? statistic.shortName()
                : column.getText();
        Label header = new Label(title);
        explainOnHover(header, statistic);
        column.setText(null);
        column.setGraphic(header);
    }
}
