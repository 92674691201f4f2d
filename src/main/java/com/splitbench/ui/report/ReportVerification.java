package com.splitbench.ui.report;

import com.splitbench.common.UserFacingException;
import com.splitbench.report.Report;
import com.splitbench.report.verify.Difference;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Verify on a report's page: recomputes the report from the open workspace on a worker thread and lists every
 * difference, or says that every number matches. Holds no nodes.
 */
public final class ReportVerification {

    /** How the last check ended, for the summary's colour. */
    public enum Outcome { NOT_RUN, MATCHES, DIFFERS, FAILED }

    static final String NOT_RUN_TEXT = "Verify recomputes every number of this report from the workspace that "
            + "holds its data and lists what differs: changed input files, statistics and results. Open that "
            + "workspace, then press Verify against workspace.";

    private final Supplier<Report> report;
    private final WorkspaceCheck check;
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", NOT_RUN_TEXT);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome",
            Outcome.NOT_RUN);
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final BooleanBinding available;

    /**
     * @param report        the report as it is now (its notes may change while the page is open)
     * @param workspaceOpen whether a workspace is open to check against
     */
    public ReportVerification(Supplier<Report> report, WorkspaceCheck check, TaskExecutor tasks,
                              ObservableBooleanValue workspaceOpen) {
        this.report = Objects.requireNonNull(report);
        this.check = Objects.requireNonNull(check);
        this.tasks = Objects.requireNonNull(tasks);
        Objects.requireNonNull(workspaceOpen);
        this.available = running.not().and(Bindings.createBooleanBinding(workspaceOpen::get, workspaceOpen));
    }

    /** Starts the check. UI thread; does nothing while one runs or when no workspace is open. */
    public void verify() {
        if (!available.get()) {
            return;
        }
        Report checked = report.get();
        running.set(true);
        summary.set("Recomputing " + checked.title() + " from the workspace…");
        outcome.set(Outcome.NOT_RUN);
        differences.clear();
        tasks.execute(BackgroundTask.of("Verifying " + checked.title() + " against the workspace",
                        task -> check.verify(checked, task))
                .onSuccess(this::show)
                .onError(this::failed)
                .onFinally(() -> running.set(false)));
    }

    private void show(VerifyResult result) {
        differences.setAll(result.differences());
        summary.set(VerifyWords.summary(result));
        outcome.set(result.matches() ? Outcome.MATCHES : Outcome.DIFFERS);
    }

    private void failed(Throwable failure) {
        if (failure instanceof UserFacingException) {
            summary.set("Verify could not run: " + failure.getMessage());
        } else {
            System.getLogger(ReportVerification.class.getName()).log(Level.ERROR, "Verify failed", failure);
            summary.set("Verify could not run. This is a bug in Splitbench; the details are in the log.");
        }
        outcome.set(Outcome.FAILED);
    }

    /** True when a workspace is open and no check runs: the Verify button's enabled state. */
    public BooleanBinding availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Every difference of the last check, fingerprint first. */
    public ObservableList<Difference> differences() {
        return differences;
    }
}
