package com.splitbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class StyleClassesTest {

    private static final List<String> GROUP = List.of("health-ok", "health-warning", "health-problem");

    @Test
    void swapsTheChosenClassInAndLeavesOtherClassesAlone() {
        ObservableList<String> classes = FXCollections.observableArrayList("health-badge", "health-ok");

        StyleClasses.showOne(classes, "health-problem", GROUP);

        assertThat(classes).containsExactly("health-badge", "health-problem");
    }

    @Test
    void changesNothingWhenTheChosenClassIsAlreadyThere() {
        ObservableList<String> classes = FXCollections.observableArrayList("health-badge", "health-warning");
        AtomicInteger changes = new AtomicInteger();
        classes.addListener((ListChangeListener<String>) change -> changes.incrementAndGet());

        StyleClasses.showOne(classes, "health-warning", GROUP);

        assertThat(changes).hasValue(0);
        assertThat(classes).containsExactly("health-badge", "health-warning");
    }

    @Test
    void removesTheGroupWhenNoneIsChosen() {
        ObservableList<String> classes = FXCollections.observableArrayList("health-badge", "health-ok");

        StyleClasses.showOne(classes, null, GROUP);

        assertThat(classes).containsExactly("health-badge");
    }
}
