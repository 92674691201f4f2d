package com.splitbench.ui.report;

import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import com.splitbench.ui.table.DisplayFormats;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Save report" form: what was decided and why, with what will be saved in words. The notes are checked against
 * the report format's limit as the user types. Holds no nodes.
 */
public final class ConclusionViewModel {

    private final String title;
    private final String savedView;
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(this, "decision");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringBinding notesMessage;
    private final BooleanBinding valid;

    /**
     * @param title     the experiment or report, e.g. "Checkout redesign"
     * @param savedView the choices that will be saved, e.g. "baseline control · Holm correction · CUPED"
     * @param initial   the conclusion to start from (an opened report's, or none)
     */
    public ConclusionViewModel(String title, String savedView, Conclusion initial) {
        this.title = Objects.requireNonNull(title);
        this.savedView = Objects.requireNonNull(savedView);
        decision.set(initial.decision());
        notes.set(initial.notes());
        notesMessage = Bindings.createStringBinding(() -> length() > Conclusion.MAX_NOTES_LENGTH
                ? "The notes are " + DisplayFormats.number(length(), 0) + " characters long; a report holds at most "
                + DisplayFormats.number(Conclusion.MAX_NOTES_LENGTH, 0) + "." : "", notes);
        valid = Bindings.createBooleanBinding(() -> decision.get() != null && notesMessage.get().isEmpty(),
                decision, notesMessage);
    }

    public String heading() {
        return "Save a report of " + title;
    }

    /** What the report will hold, in words. */
    public String explanation() {
        return "The report holds the results as shown (" + savedView + "), the per-variant statistics behind them "
                + "and a fingerprint of the data, but no user-level data: it is safe to share, and it re-opens fully "
                + "interactive without the workspace.";
    }

    /** The decisions to choose from, in the order offered. */
    public List<Decision> decisions() {
        return List.of(Decision.values());
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Why the notes cannot be saved; empty when they can. */
    public StringBinding notesMessageProperty() {
        return notesMessage;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /**
     * The conclusion entered.
     *
     * @throws IllegalStateException when the form is not valid (the dialog's Save button is disabled then)
     */
    public Conclusion conclusion() {
        if (!valid.get()) {
            throw new IllegalStateException("The conclusion is not valid: " + notesMessage.get());
        }
        return new Conclusion(decision.get(), notes.get().strip());
    }

    private int length() {
        return notes.get() == null ? 0 : notes.get().strip().length();
    }
}
