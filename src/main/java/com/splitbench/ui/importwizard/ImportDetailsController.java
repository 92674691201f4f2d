package com.splitbench.ui.importwizard;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Shows {@link ImportDetailsViewModel}'s facts as a two-column form. */
public final class ImportDetailsController {

    private final ImportDetailsViewModel model;

    @FXML private GridPane factsGrid;

    public ImportDetailsController(ImportDetailsViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        model.facts().addListener((ListChangeListener<ImportDetailsViewModel.Fact>) change -> show());
        show();
    }

    private void show() {
        factsGrid.getChildren().clear();
        int row = 0;
        for (ImportDetailsViewModel.Fact fact : model.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            Label value = new Label(fact.value());
            value.setWrapText(true);
            factsGrid.addRow(row++, label, value);
        }
    }
}
