package com.splitbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Where the bar's parts land for a known axis and width. */
@ExtendWith(ApplicationExtension.class)
class CiBarGraphicTest {

    private static final double DOT_RADIUS = 4;

    private final CiBarGraphic graphic = new CiBarGraphic();

    private void layOut(IntervalEstimate interval, CiAxis axis) {
        graphic.show(interval, axis);
        graphic.resize(208, 18);
        graphic.layout();
    }

    private Region range() {
        return (Region) child(".ci-range");
    }

    private Node child(String selector) {
        return graphic.getChildrenUnmodifiable().stream().filter(node -> node.getStyleClass()
                .contains(selector.substring(1))).findFirst().orElseThrow();
    }

    @Test
    void drawsTheIntervalAndEstimateAtTheirPlacesOnTheSharedAxis() {
        // Axis -0.1 .. 0.3 over a drawable width of 200 px (208 minus the dot radius on each side).
        layOut(new IntervalEstimate(0.1, 0.0, 0.2, true, DesiredDirection.HIGHER_IS_BETTER), new CiAxis(-0.1, 0.3));

        assertThat(range().getLayoutX()).isCloseTo(DOT_RADIUS + 50, within(1.0));
        assertThat(range().getWidth()).isCloseTo(100, within(1.0));
        assertThat(((Circle) child(".ci-estimate")).getCenterX()).isCloseTo(DOT_RADIUS + 100, within(0.5));
        assertThat(((Line) child(".ci-zero")).getStartX()).isCloseTo(DOT_RADIUS + 50, within(1.0));
    }

    @Test
    void coloursBySignificanceAndDesiredDirection() {
        layOut(new IntervalEstimate(-0.1, -0.15, -0.05, true, DesiredDirection.LOWER_IS_BETTER), new CiAxis(-1, 1));
        assertThat(graphic.getStyleClass()).contains("verdict-improvement").doesNotContain("verdict-regression");

        layOut(new IntervalEstimate(-0.1, -0.15, -0.05, true, DesiredDirection.HIGHER_IS_BETTER), new CiAxis(-1, 1));
        assertThat(graphic.getStyleClass()).contains("verdict-regression").doesNotContain("verdict-improvement");
    }

    @Test
    void clampsAnOpenEndToTheAxisAndMarksIt() {
        layOut(new IntervalEstimate(0.5, Double.NEGATIVE_INFINITY, 0.9, false, DesiredDirection.NEITHER),
                new CiAxis(-1, 1));

        assertThat(range().getLayoutX()).isCloseTo(DOT_RADIUS, within(1.0));
        assertThat(range().getPseudoClassStates()).extracting(Object::toString).contains("open-low");
    }

    @Test
    void drawsNoBarForAnIntervalThatCouldNotBeComputed() {
        layOut(new IntervalEstimate(Double.NaN, Double.NaN, Double.NaN, false, DesiredDirection.NEITHER),
                new CiAxis(-1, 1));

        assertThat(range().isVisible()).isFalse();
        assertThat(child(".ci-estimate").isVisible()).isFalse();
    }

    @Test
    void describesTheIntervalInWordsForTheTooltip() {
        CiBarCell<Object> cell = new CiBarCell<>(new javafx.beans.property.SimpleObjectProperty<>(new CiAxis(-1, 1)),
                v -> DisplayFormats.signedPercent(v, 1));

        assertThat(cell.describe(new IntervalEstimate(0.024, 0.008, 0.04, true, DesiredDirection.HIGHER_IS_BETTER)))
                .isEqualTo("+2.4%, CI +0.8% to +4.0%: a significant improvement");
    }
}
