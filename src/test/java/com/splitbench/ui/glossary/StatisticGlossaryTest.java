package com.splitbench.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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
        assertThat(header.getTooltip().getText()).isEqualTo(glossary.explain(Statistic.P_VALUE));
    }

    @Test
    void titlesAnUntitledColumnWithTheStatisticsShortName() {
        TableColumn<Object, Object> column = new TableColumn<>();

        glossary.explainColumn(column, Statistic.CHANCE_TO_WIN);

        assertThat(((Label) column.getGraphic()).getText()).isEqualTo("Chance to win");
    }
}
