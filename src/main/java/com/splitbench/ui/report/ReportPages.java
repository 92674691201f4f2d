package com.splitbench.ui.report;

import com.splitbench.common.UserFacingException;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.ReportService;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.shell.SidebarItemViews;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.task.BackgroundTask;
import com.splitbench.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * The reports the window has open, each listed in the sidebar's Reports section under its file's path, and their
 * pages, built when first shown. Reports need no workspace. UI thread only, apart from the file reads it starts.
 */
public final class ReportPages {

    private final ReportService reports;
    private final TaskExecutor tasks;
    private final ErrorReporter errors;
    private final Function<OpenedReport, ReportPageFactory.Page> factory;
    private final Map<String, OpenedReport> opened = new HashMap<>();
    private final Map<String, ReportPageFactory.Page> pages = new HashMap<>();
    /** The window the reports are listed in, known once one was shown; the pages' Close button closes them there. */
    private ShellDisplay display;

    /** @param factory builds a report's page, e.g. {@link ReportPageFactory#create} */
    public ReportPages(ReportService reports, TaskExecutor tasks, ErrorReporter errors,
                       Function<OpenedReport, ReportPageFactory.Page> factory) {
        this.reports = Objects.requireNonNull(reports);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.factory = Objects.requireNonNull(factory);
    }

    /** Reads and checks the file on a worker thread, then lists and shows it; a bad file gets the reason. */
    public void open(Path file, ShellDisplay display) {
        tasks.execute(BackgroundTask.of("Opening report " + file.getFileName(), task -> reports.open(file))
                .onSuccess(report -> show(report, display))
                .onError(failure -> errors.report("The report could not be opened", failure)));
    }

    /**
     * Lists the report and shows it. A report already open from the same file keeps its page (and the user's
     * choices) when its statistics are the same, e.g. after its notes were saved; otherwise it gets a new page.
     */
    public void show(OpenedReport report, ShellDisplay display) {
        this.display = display;
        String key = key(report.file());
        opened.put(key, report);
        ReportPageFactory.Page page = pages.get(key);
        if (page != null) {
            if (page.model().report().statistics().equals(report.statistics())) {
                page.model().update(report);
            } else {
                pages.remove(key);
            }
        }
        display.showReport(item(report));
    }

    /** The sidebar's centre view of a report; other items go to {@code others}. */
    public SidebarItemViews views(SidebarItemViews others) {
        return item -> item.kind() == SidebarItem.Kind.REPORT ? page(item.key()).map(ReportPageFactory.Page::root)
                .map(Node.class::cast) : others.viewFor(item);
    }

    /**
     * The page of an opened report, built when first asked for.
     *
     * @throws UserFacingException when the report is not open (a stale sidebar item)
     */
    public ReportPageViewModel model(SidebarItem item) {
        return page(item.key()).orElseThrow(() -> new UserFacingException("The report " + item.key()
                + " is not open any more. Open it again with File ▸ Open report.")).model();
    }

    /**
     * Closes an opened report: drops its page (and the results it holds) and takes it out of the sidebar and the
     * centre. The file is untouched and stays among the recent reports. UI thread.
     */
    public void close(SidebarItem item, ShellDisplay display) {
        opened.remove(item.key());
        pages.remove(item.key());
        display.closeReport(item);
    }

    private Optional<ReportPageFactory.Page> page(String key) {
        ReportPageFactory.Page page = pages.get(key);
        if (page == null && opened.containsKey(key)) {
            OpenedReport report = opened.get(key);
            page = factory.apply(report);
            page.model().onClose(() -> close(item(report), this.display));
            pages.put(key, page);
        }
        return Optional.ofNullable(page);
    }

    /** The sidebar item of a report: its title, decision and file name. */
    static SidebarItem item(OpenedReport report) {
        Path name = report.file().getFileName();
        return SidebarItem.report(key(report.file()), report.report().title(),
                report.conclusion().decision().label() + (name == null ? "" : " · " + name));
    }

    static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
