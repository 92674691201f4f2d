package com.splitbench.ui.testing;


import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.ui.results.ResultLine;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** Finds and drives the results page inside one page of the window (an experiment's or a report's). */
public final class ResultsPages {

    private ResultsPages() {
    }

    /** The results table under the page with style class {@code page}, once it shows lines. */
    @SuppressWarnings("unchecked")
    public static TableView<ResultLine> table(FxRobot robot, String page) throws Exception {
        FxWait.until(30, () -> robot.lookup(page).tryQuery()
                .flatMap(root -> robot.from(root).lookup(".results-table").tryQuery())
                .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false));
        return robot.from(robot.lookup(page).queryAs(Node.class)).lookup(".results-table").queryAs(TableView.class);
    }

    /** Chooses a value in a choice box of the page, as a user would. */
    @SuppressWarnings("unchecked")
    public static <T> void choose(FxRobot robot, String page, String id, T value) {
        ChoiceBox<T> choice = robot.from(robot.lookup(page).queryAs(Node.class)).lookup(id).queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(value));
    }

    /** The spec with another baseline and correction, the rest as it is. */
    public static AnalysisSpec rebased(AnalysisSpec spec, String control, Correction correction) {
        AnalysisSettings s = spec.settings();
        return spec.withExperiment(spec.experiment().withControl(control)).withSettings(new AnalysisSettings(
                s.confidenceLevel(), correction, s.cupedEnabled(), s.sequential(), s.sequentialTuning(),
                s.bayesian(), s.bayesianPriorSd(), s.srmThreshold(), s.segment()));
    }
}
