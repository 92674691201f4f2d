package com.splitbench.ui.experiment;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A variant's planned weight in the experiment editor, with the message when it is not a number. */
public final class WeightField {

    private final String variant;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    WeightField(String variant, String text) {
        this.variant = variant;
        this.text.set(text);
    }

    public String variant() {
        return variant;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
