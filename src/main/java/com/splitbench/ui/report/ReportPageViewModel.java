package com.splitbench.ui.report;

import com.splitbench.common.UserFacingException;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.ui.charts.ChartsViewModel;
import com.splitbench.ui.experiment.OverviewViewModel;
import com.splitbench.ui.results.ResultsViewModel;
import com.splitbench.ui.task.TaskExecutor;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An opened report's page: its header (decision, notes, provenance, data fingerprint), the same results, overview
 * and charts view models as an experiment's page, fed from the report's sufficient statistics alone, and verify.
 * Every choice recomputes from the statistics, so the report is fully interactive without the data. Holds no nodes.
 */
public final class ReportPageViewModel {

    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<OpenedReport> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<ReportHeader> header = new ReadOnlyObjectWrapper<>(this, "header");
    private final ResultsViewModel results;
    private final OverviewViewModel overview;
    private final ChartsViewModel charts;
    private final ReportVerification verification;
    private Runnable closeAction = () -> { };

    /**
     * @param workspaceOpen whether a workspace is open, for verify
     * @param zone          the time zone the save time is shown in
     */
    public ReportPageViewModel(OpenedReport report, TaskExecutor tasks, WorkspaceCheck check,
                               ObservableBooleanValue workspaceOpen, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
        this.opened.set(Objects.requireNonNull(report));
        this.header.set(ReportHeader.of(report, zone));
        this.results = new ResultsViewModel(tasks);
        this.overview = new OverviewViewModel(results.resultProperty());
        this.charts = new ChartsViewModel(results.resultProperty(), results.relativeProperty());
        this.verification = new ReportVerification(this::report, check, tasks, workspaceOpen);
    }

    /** What Close report does, e.g. take the report out of the window; set by whoever listed the page. */
    public void onClose(Runnable action) {
        this.closeAction = Objects.requireNonNull(action);
    }

    /** Closes the report's page (the file is untouched). UI thread. */
    public void close() {
        closeAction.run();
    }

    /** Shows the report's results under the settings it was saved with. UI thread. */
    public void show() {
        results.show(report().spec(), report().statistics());
    }

    /**
     * Takes the same report as saved again (new notes or decision, or a new file): updates the header and keeps the
     * choices the user made. A report with other statistics needs a page of its own.
     */
    public void update(OpenedReport newer) {
        if (!newer.statistics().equals(report().statistics())) {
            throw new IllegalArgumentException("The report " + newer.file() + " holds other statistics");
        }
        opened.set(newer);
        header.set(ReportHeader.of(newer, zone));
    }

    /**
     * What the page shows now, for Save report and Export.
     *
     * @throws UserFacingException while the results are still being computed
     */
    public ShownAnalysis shown() {
        if (results.resultProperty().get() == null) {
            throw new UserFacingException("The report's results are still being computed. Wait until they show, "
                    + "then try again.");
        }
        return new ShownAnalysis(results.currentSpec(), report().statistics());
    }

    public Report report() {
        return opened.get().report();
    }

    public ReadOnlyObjectProperty<OpenedReport> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportHeader> headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ResultsViewModel results() {
        return results;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public ReportVerification verification() {
        return verification;
    }
}
