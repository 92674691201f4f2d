package com.splitbench.ui.power;

import com.splitbench.ui.glossary.Statistic;
import com.splitbench.ui.glossary.StatisticGlossary;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/** Binds the power panel to {@link PowerViewModel}. */
public final class PowerController {

    private final PowerViewModel model;
    private final StatisticGlossary glossary;

    @FXML private ComboBox<String> metricChoice;
    @FXML private ToggleButton proportionButton;
    @FXML private ToggleButton meanButton;
    @FXML private ToggleButton sampleSizeButton;
    @FXML private ToggleButton effectButton;
    @FXML private Label baselineLabel;
    @FXML private TextField baselineField;
    @FXML private Label baselineError;
    @FXML private Label deviationLabel;
    @FXML private TextField deviationField;
    @FXML private Label deviationError;
    @FXML private Label effectLabel;
    @FXML private TextField effectField;
    @FXML private Label effectError;
    @FXML private Label usersLabel;
    @FXML private TextField usersField;
    @FXML private Label usersError;
    @FXML private Label confidenceLabel;
    @FXML private TextField confidenceField;
    @FXML private Label confidenceError;
    @FXML private Label powerLabel;
    @FXML private TextField powerField;
    @FXML private Label powerError;
    @FXML private Label answerLabel;
    @FXML private Label daysLeftLabel;

    public PowerController(PowerViewModel model, StatisticGlossary glossary) {
        this.model = Objects.requireNonNull(model);
        this.glossary = Objects.requireNonNull(glossary);
    }

    @FXML
    private void initialize() {
        metricChoice.setItems(model.metrics());
        metricChoice.valueProperty().bindBidirectional(model.metricProperty());
        choose(proportionButton, meanButton, model.kindProperty(), PowerViewModel.Kind.PROPORTION,
                PowerViewModel.Kind.MEAN);
        choose(sampleSizeButton, effectButton, model.goalProperty(), PowerViewModel.Goal.SAMPLE_SIZE,
                PowerViewModel.Goal.MINIMUM_EFFECT);
        baselineLabel.textProperty().bind(model.kindProperty().map(kind -> kind == PowerViewModel.Kind.PROPORTION
                ? "Control's rate (%)" : "Control's mean per user"));
        field(baselineField, model.baselineProperty(), baselineError, model.messages().baselineProperty());
        field(deviationField, model.deviationProperty(), deviationError, model.messages().deviationProperty());
        field(effectField, model.effectProperty(), effectError, model.messages().effectProperty());
        field(usersField, model.usersPerVariantProperty(), usersError, model.messages().usersProperty());
        field(confidenceField, model.confidenceProperty(), confidenceError, model.messages().confidenceProperty());
        field(powerField, model.powerProperty(), powerError, model.messages().powerProperty());
        show(model.deviationShown().get(), deviationLabel, deviationField, deviationError);
        model.deviationShown().addListener((o, b, shown) -> show(shown, deviationLabel, deviationField,
                deviationError));
        show(model.effectShown().get(), effectLabel, effectField, effectError);
        show(!model.effectShown().get(), usersLabel, usersField, usersError);
        model.effectShown().addListener((o, b, shown) -> {
            show(shown, effectLabel, effectField, effectError);
            show(!shown, usersLabel, usersField, usersError);
        });
        glossary.explainOnHover(effectLabel, Statistic.MINIMUM_DETECTABLE_EFFECT);
        glossary.explainOnHover(usersLabel, Statistic.SAMPLE_SIZE);
        glossary.explainOnHover(powerLabel, Statistic.POWER);
        glossary.explainOnHover(confidenceLabel, Statistic.CONFIDENCE_INTERVAL);
        answerLabel.textProperty().bind(model.answerProperty());
        glossary.explainOnHover(answerLabel, Statistic.SAMPLE_SIZE);
        daysLeftLabel.textProperty().bind(model.daysLeftProperty());
        glossary.explainOnHover(daysLeftLabel, Statistic.DAYS_REMAINING);
    }

    private static void field(TextField field, javafx.beans.property.StringProperty value, Label error,
                              ReadOnlyStringProperty message) {
        field.textProperty().bindBidirectional(value);
        error.textProperty().bind(message);
        javafx.css.PseudoClass danger = javafx.css.PseudoClass.getPseudoClass("danger");
        field.pseudoClassStateChanged(danger, !message.get().isEmpty());
        message.addListener((o, b, now) -> field.pseudoClassStateChanged(danger, !now.isEmpty()));
    }

    private static void show(boolean shown, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    /** Two toggle buttons for a choice of two values. */
    private static <T> void choose(ToggleButton first, ToggleButton second, ObjectProperty<T> value, T firstValue,
                                   T secondValue) {
        BooleanProperty isFirst = new SimpleBooleanProperty(value.get() == firstValue);
        ToggleGroup group = new ToggleGroup();
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        (isFirst.get() ? first : second).setSelected(true);
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                value.set(now == first ? firstValue : secondValue);
            }
        });
        value.addListener((o, b, now) -> (now == firstValue ? first : second).setSelected(true));
    }
}
