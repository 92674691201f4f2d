package com.splitbench.ui.report;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.report.Conclusion;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.ReportService;
import com.splitbench.report.SavedResults;
import com.splitbench.report.SourceDescription;
import com.splitbench.ui.shell.FileWrite;
import com.splitbench.ui.shell.ShellDisplay;
import com.splitbench.ui.sidebar.SidebarItem;
import com.splitbench.ui.task.TaskContext;
import com.splitbench.ui.workspace.WorkspaceSession;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Save report, Export HTML and Export CSV for the selected experiment or opened report: takes what its page shows on
 * the UI thread (and, for a save, the author's decision and notes), and returns the write for a worker thread.
 */
final class ReportWrites {

    /** The worker-thread half of a write. */
    @FunctionalInterface
    private interface Work {
        void write(Path target, TaskContext task) throws Exception;
    }

    private final ReportService reports;
    private final WorkspaceSession session;
    private final ShownExperiments experiments;
    private final ReportPages pages;
    private final ConclusionPrompt prompt;

    ReportWrites(ReportService reports, WorkspaceSession session, ShownExperiments experiments, ReportPages pages,
                 ConclusionPrompt prompt) {
        this.reports = Objects.requireNonNull(reports);
        this.session = Objects.requireNonNull(session);
        this.experiments = Objects.requireNonNull(experiments);
        this.pages = Objects.requireNonNull(pages);
        this.prompt = Objects.requireNonNull(prompt);
    }

    Optional<FileWrite> save(SidebarItem item) {
        if (item.kind() == SidebarItem.Kind.REPORT) {
            return resave(pages.model(item));
        }
        ShownExperiments.Shown shown = experiments.shown(item.key(), item.name());
        return prompt.ask(new ConclusionViewModel(item.name(), shown.analysis().describeChoices(), Conclusion.NONE))
                .map(conclusion -> write(item.name(), (target, task) -> {
                    task.updateMessage("Saving the report of " + item.name());
                    AnalysisResult result = shown.analysis().result();
                    reports.save(result, conclusion, source(shown), target);
                }));
    }

    /**
     * Saves an opened report again with new notes or decision and the choices now shown. It keeps the statistics,
     * the fingerprint, the version that computed them and the time it was first saved.
     */
    private Optional<FileWrite> resave(ReportPageViewModel page) {
        ShownAnalysis shown = page.shown();
        Report before = page.report();
        Path file = page.openedProperty().get().file();
        return prompt.ask(new ConclusionViewModel(before.title(), shown.describeChoices(), before.conclusion()))
                .map(conclusion -> new FileWrite() {
                    private volatile OpenedReport saved;

                    @Override
                    public String suggestedName() {
                        return baseName(file);
                    }

                    @Override
                    public void write(Path target, TaskContext task) {
                        AnalysisResult result = shown.result();
                        reports.save(new Report(shown.spec(), before.statistics(), SavedResults.of(result),
                                conclusion, before.fingerprint(), before.appVersion(), before.createdAt()), target);
                        saved = reports.open(target);
                    }

                    @Override
                    public void written(Path target, ShellDisplay display) {
                        pages.show(saved, display);
                    }
                });
    }

    Optional<FileWrite> exportHtml(SidebarItem item) {
        if (item.kind() == SidebarItem.Kind.REPORT) {
            ReportPageViewModel page = pages.model(item);
            ShownAnalysis shown = page.shown();
            Report report = page.report();
            return Optional.of(write(report.title(), (target, task) ->
                    reports.exportHtml(report, shown.result(), target)));
        }
        ShownExperiments.Shown shown = experiments.shown(item.key(), item.name());
        return Optional.of(write(item.name(), (target, task) -> {
            AnalysisResult result = shown.analysis().result();
            reports.exportHtml(reports.create(result, Conclusion.NONE, source(shown)), result, target);
        }));
    }

    Optional<FileWrite> exportCsv(SidebarItem item) {
        ShownAnalysis shown = item.kind() == SidebarItem.Kind.REPORT ? pages.model(item).shown()
                : experiments.shown(item.key(), item.name()).analysis();
        String name = item.kind() == SidebarItem.Kind.REPORT ? pages.model(item).report().title() : item.name();
        return Optional.of(write(name, (target, task) -> reports.exportCsv(shown.result(), target)));
    }

    /** The imported files behind the experiment, read from the workspace its page was computed from. */
    private SourceDescription source(ShownExperiments.Shown shown) throws Exception {
        return session.use(shown.location(), open -> ReportService.describeWorkspace(open.workspace(), shown.key()));
    }

    private static FileWrite write(String suggestedName, Work work) {
        return new FileWrite() {
            @Override
            public String suggestedName() {
                return suggestedName;
            }

            @Override
            public void write(Path target, TaskContext task) throws Exception {
                work.write(target, task);
            }
        };
    }

    static String baseName(Path file) {
        String name = file.getFileName() == null ? "report" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
