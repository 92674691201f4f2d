package com.splitbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.report.Conclusion;
import com.splitbench.report.Decision;
import org.junit.jupiter.api.Test;

/** The Save report form: decision and notes, checked as the user types. */
class ConclusionViewModelTest {

    @Test
    void startsFromTheReportsConclusionAndSaysWhatWillBeSaved() {
        ConclusionViewModel form = new ConclusionViewModel("Checkout redesign", "baseline control · Holm correction",
                new Conclusion(Decision.KEEP_RUNNING, "Two more weeks."));

        assertThat(form.heading()).isEqualTo("Save a report of Checkout redesign");
        assertThat(form.explanation()).contains("(baseline control · Holm correction)", "no user-level data");
        assertThat(form.decisionProperty().get()).isEqualTo(Decision.KEEP_RUNNING);
        assertThat(form.notesProperty().get()).isEqualTo("Two more weeks.");
        assertThat(form.decisions()).containsExactly(Decision.UNDECIDED, Decision.SHIP, Decision.DONT_SHIP,
                Decision.KEEP_RUNNING, Decision.INCONCLUSIVE);
    }

    @Test
    void givesTheEnteredDecisionAndNotesWithoutSurroundingBlanks() {
        ConclusionViewModel form = new ConclusionViewModel("X", "baseline a", Conclusion.NONE);

        form.decisionProperty().set(Decision.DONT_SHIP);
        form.notesProperty().set("  Refunds went up.\n\n");

        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.conclusion()).isEqualTo(new Conclusion(Decision.DONT_SHIP, "Refunds went up."));
    }

    @Test
    void refusesNotesLongerThanAReportHolds() {
        ConclusionViewModel form = new ConclusionViewModel("X", "baseline a", Conclusion.NONE);

        form.notesProperty().set("n".repeat(Conclusion.MAX_NOTES_LENGTH + 1));

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.notesMessageProperty().get()).isEqualTo("The notes are 100,001 characters long; a report "
                + "holds at most 100,000.");
        assertThatThrownBy(form::conclusion).isInstanceOf(IllegalStateException.class);

        form.notesProperty().set("n".repeat(Conclusion.MAX_NOTES_LENGTH));

        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.notesMessageProperty().get()).isEmpty();
    }
}
