package com.splitbench.ui.report;

import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The "Save report" dialog: the decision as a row of buttons and the notes, bound to {@link ConclusionViewModel}. */
public final class ConclusionDialog implements ConclusionPrompt {

    private final Supplier<Window> owner;

    public ConclusionDialog(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public Optional<Conclusion> ask(ConclusionViewModel form) {
        ButtonType save = new ButtonType("Choose file and save…", ButtonData.OK_DONE);
        Dialog<Conclusion> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Save report");
        dialog.setHeaderText(form.heading());
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("conclusion-dialog");
        dialog.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                ConclusionDialog.class.getResource("report.css")).toExternalForm());
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(form));
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(form.validProperty().not());
        dialog.getDialogPane().setPrefWidth(620);
        dialog.setResultConverter(button -> button == save ? form.conclusion() : null);
        return dialog.showAndWait();
    }

    private static VBox content(ConclusionViewModel form) {
        Label explanation = new Label(form.explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().add("conclusion-explanation");
        ToggleGroup decisions = new ToggleGroup();
        HBox decisionRow = new HBox();
        decisionRow.getStyleClass().add("decision-choices");
        for (Decision decision : form.decisions()) {
            ToggleButton button = new ToggleButton(decision.label());
            int index = form.decisions().indexOf(decision);
            button.getStyleClass().add(index == 0 ? "left-pill"
                    : index == form.decisions().size() - 1 ? "right-pill" : "center-pill");
            button.setUserData(decision);
            button.setToggleGroup(decisions);
            button.setSelected(decision == form.decisionProperty().get());
            button.setId("decision-" + decision.fileName());
            decisionRow.getChildren().add(button);
        }
        decisions.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                form.decisionProperty().set((Decision) now.getUserData());
            }
        });
        TextArea notes = new TextArea();
        notes.setId("notesArea");
        notes.setWrapText(true);
        notes.setPrefRowCount(7);
        notes.setPromptText("Why this decision: what the numbers say, caveats, next steps.");
        notes.textProperty().bindBidirectional(form.notesProperty());
        Label notesMessage = new Label();
        notesMessage.getStyleClass().add("field-error");
        notesMessage.textProperty().bind(form.notesMessageProperty());
        notesMessage.managedProperty().bind(notesMessage.textProperty().isNotEmpty());
        VBox box = new VBox(8, explanation, new Label("Decision"), decisionRow, new Label("Notes"), notes,
                notesMessage);
        box.getStyleClass().add("conclusion-form");
        return box;
    }
}
