package com.splitbench.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.common.HoverTooltip;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class StatisticGlossaryTest {

    private final StatisticGlossary glossary = StatisticGlossary.english();

    @Test
    void explainsEveryStatisticInAFewPlainSentences() {
        for (Statistic statistic : Statistic.values()) {
            String text = glossary.explain(statistic);
            assertThat(text).as(statistic.name()).hasSizeBetween(80, 600).doesNotContain("TODO");
            assertThat(text.split("\\. ").length).as(statistic.name()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void holdsNoEntryWithoutAStatistic() {
        ResourceBundle bundle = ResourceBundle.getBundle(StatisticGlossary.BUNDLE, Locale.ROOT);
        Set<String> expected = Arrays.stream(Statistic.values()).map(Statistic::bundleKey).collect(Collectors.toSet());

        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void saysWhatThePValueIsNot() {
        assertThat(glossary.explain(Statistic.P_VALUE)).contains("not the chance that the change works");
        assertThat(glossary.explain(Statistic.SRM)).contains("planned split");
    }

    @Test
    void putsTheExplanationOnAColumnHeaderAndKeepsItsTitle() {
        TableColumn<Object, Object> column = new TableColumn<>("p-value");

        glossary.explainColumn(column, Statistic.P_VALUE);

        assertThat(column.getGraphic()).isInstanceOf(Label.class);
        Label header = (Label) column.getGraphic();
        assertThat(header.getText()).isEqualTo("p-value");
        assertThat(header.getAccessibleHelp()).isEqualTo(glossary.explain(Statistic.P_VALUE));
        assertThat(header.getTooltip()).as("made on the first hover").isNull();
        pointerEnters(header);
        assertThat(header.getTooltip().getText()).isEqualTo(glossary.explain(Statistic.P_VALUE));
    }

    @Test
    void explainsAControlOnHoverWithAGlossaryTooltipAndSwitchesStatistic() {
        Label label = new Label("Correction");

        HoverTooltip hover = glossary.explainOnHover(label, Statistic.P_VALUE);
        pointerEnters(label);
        Tooltip tooltip = label.getTooltip();
        glossary.explain(hover, Statistic.ADJUSTED_P_VALUE);

        assertThat(label.getTooltip()).isSameAs(tooltip);
        assertThat(tooltip.getText()).isEqualTo(glossary.explain(Statistic.ADJUSTED_P_VALUE));
        assertThat(label.getAccessibleHelp()).isEqualTo(glossary.explain(Statistic.ADJUSTED_P_VALUE));
        assertThat(tooltip.isWrapText()).isTrue();
        assertThat(tooltip.getMaxWidth()).isEqualTo(380);
        assertThat(tooltip.getShowDelay()).isEqualTo(Duration.millis(300));
        assertThat(tooltip.getStyleClass()).contains("glossary-tooltip");
    }

    private static void pointerEnters(Control control) {
        Event.fireEvent(control, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, null, 0, false, false, false,
                false, false, false, false, false, false, false, null));
    }

    @Test
    void titlesAnUntitledColumnWithTheStatisticsShortName() {
        TableColumn<Object, Object> column = new TableColumn<>();

        glossary.explainColumn(column, Statistic.CHANCE_TO_WIN);

        assertThat(((Label) column.getGraphic()).getText()).isEqualTo("Chance to win");
    }
}
