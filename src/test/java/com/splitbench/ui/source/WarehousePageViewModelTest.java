package com.splitbench.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.result.ResultsCsv;
import com.splitbench.cli.CommandLineApp;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.ReportService;
import com.splitbench.report.WarehouseSource;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.Correction;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.ui.testing.ScriptedDialogs;
import com.splitbench.warehouse.SampleWarehouse;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.ui.workspace.WorkspaceSession;
import com.splitbench.ui.workspace.WorkspaceSourceStore;
import com.splitbench.warehouse.TableMappingOptions;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved source's page without a stage: the experiment to analyse, the password asked once per session, the
 * analysis on the warehouse (an H2 file database) shown in the results view, cancel, and a report of it.
 */
class WarehousePageViewModelTest {

    private static final String EXPERIMENT = "checkout_redesign";

    @TempDir
    Path temp;

    private MemorySourceStore store;
    private final SourcePasswords passwords = new SourcePasswords();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<SavedSource> edited = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();

    @BeforeEach
    void saveTheSource() {
        String url = SampleWarehouse.copyInto(temp);
        store = new MemorySourceStore(temp.resolve("workspace"));
        store.experiments.addAll(List.of(EXPERIMENT, "onboarding_flow", "pricing_page"));
        store.save(new SavedSource("dw", null, url, SampleWarehouse.USER, null, new TableMappingOptions("assignments",
                null, "time=assigned_at", "country,device,platform", null, null, "events", null,
                "experiment=experiment,value=amount,time=ts,time-format=epoch_ms", null, null, null, null),
                "the sample warehouse"));
    }

    private WarehousePageViewModel page() {
        return page(store);
    }

    private WarehousePageViewModel page(SourceStore sources) {
        WarehousePageViewModel model = new WarehousePageViewModel("dw", new WarehousePageViewModel.Services(sources,
                new CurrentThreadTaskExecutor(failure -> {
                    throw new AssertionError(failure);
                }), passwords, dialogs, new ReportService("test"), edited::add, deleted::add));
        model.load();
        return model;
    }

    @Test
    void showsTheSourceAndOffersTheWorkspacesExperiments() {
        WarehousePageViewModel model = page();
        assertThat(model.factsProperty().get()).startsWith("h2 · jdbc:h2:file:").contains("user analyst_kim")
                .endsWith("assignments=assignments, events=events");
        assertThat(model.experimentKeys()).containsExactly(EXPERIMENT, "onboarding_flow", "pricing_page");
        assertThat(model.experimentProperty().get()).isEqualTo(EXPERIMENT);
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.canAnalyseProperty().get()).isTrue();
        model.editSource();
        assertThat(edited).extracting(SavedSource::name).containsExactly("dw");
    }

    @Test
    void analysesOnTheWarehouseAndRemembersThePasswordThatWorked() {
        WarehousePageViewModel model = page();
        model.passwordProperty().set("wrong");
        model.analyse();
        assertThat(model.failureProperty().get()).startsWith("Could not connect").doesNotContain("wrong")
                .doesNotContain("Exception");
        assertThat(model.runProperty().get()).isNull();
        assertThat(passwords.get(store.location(), "dw")).isEmpty();

        model.passwordProperty().set(SampleWarehouse.PASSWORD);
        model.analyse();
        assertThat(model.failureProperty().get()).isEmpty();
        WarehouseRun run = model.runProperty().get();
        assertThat(run.source()).isEqualTo(new WarehouseSource("h2", List.of("assignments=assignments",
                "events=events"), run.source().queryHash()));
        assertThat(run.statements()).isPositive();
        assertThat(run.rowsReceived()).isPositive();
        assertThat(run.statistics().experimentKey()).isEqualTo(EXPERIMENT);
        assertThat(model.results().lines()).isNotEmpty();
        assertThat(model.results().resultProperty().get().statistics()).isSameAs(run.statistics());
        assertThat(model.runSummaryProperty().get()).startsWith("Analysed checkout_redesign on h2 in ")
                .contains("summary rows");
        assertThat(passwords.get(store.location(), "dw")).contains(SampleWarehouse.PASSWORD);
        assertThat(page().passwordProperty().get()).isEqualTo(SampleWarehouse.PASSWORD);
    }

    @Test
    void cancellingStopsTheAnalysisAndKeepsWhatWasShown() {
        WarehousePageViewModel model = page();
        model.passwordProperty().set(SampleWarehouse.PASSWORD);
        // The executor runs the task on this thread: cancel as soon as the first step is reported.
        model.messageProperty().addListener((observable, before, now) -> {
            if (now.startsWith("Counting")) {
                model.cancel();
            }
        });
        model.analyse();
        assertThat(model.failureProperty().get()).startsWith("The analysis was cancelled");
        assertThat(model.runProperty().get()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void savesAReportThatDescribesTheSourceWithoutItsConnectionDetails() throws Exception {
        WarehousePageViewModel model = page();
        model.passwordProperty().set(SampleWarehouse.PASSWORD);
        model.analyse();
        model.results().baselineProperty().set("treatment_a");
        Path target = temp.resolve("from-window.splitreport");
        dialogs.chosenFiles.push(Optional.of(target));
        model.saveReport();

        assertThat(model.messageProperty().get()).isEqualTo("Saved the report to " + target);
        OpenedReport opened = new ReportService("test").open(target);
        assertThat(opened.fingerprint().source()).isEqualTo(model.runProperty().get().source());
        assertThat(opened.savedResults().control()).isEqualTo("treatment_a");
        String bytes = new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(SampleWarehouse.PASSWORD).doesNotContain("jdbc:");
    }

    @Test
    void deletingTheSourceAsksFirstThenRemovesItAndForgetsItsPassword() {
        passwords.remember(store.location(), "dw", SampleWarehouse.PASSWORD);
        WarehousePageViewModel model = page();
        dialogs.confirmAnswers.push(false);
        model.deleteSource();
        assertThat(dialogs.confirmations).hasSize(1).first().asString().startsWith("Delete data source")
                .contains("dw");
        assertThat(store.names()).containsExactly("dw");
        assertThat(deleted).isEmpty();

        dialogs.confirmAnswers.push(true);
        model.deleteSource();
        assertThat(store.names()).isEmpty();
        assertThat(deleted).containsExactly("dw");
        assertThat(passwords.get(store.location(), "dw")).isEmpty();
        assertThat(model.failureProperty().get()).isEmpty();
    }

    @Test
    void analysesTheMetricsOfTheExperimentsSavedDefinitionWithTheCommandLinesNumbers() throws Exception {
        WarehousePageViewModel automatic = page();
        assertThat(automatic.metricsNoteProperty().get()).isEqualTo(WarehousePageViewModel.AUTOMATIC_METRICS);
        automatic.passwordProperty().set(SampleWarehouse.PASSWORD);
        automatic.analyse();
        assertThat(automatic.runProperty().get().fromDefinition()).isFalse();
        assertThat(automatic.runProperty().get().spec().metrics()).extracting(MetricDefinition::name)
                .contains("purchase_rate").doesNotContain("revenue_per_user");

        Path ws = temp.resolve("ws");
        AnalysisSpec definition = AnalysisSpec.automatic(EXPERIMENT).withMetrics(List.of(
                MetricDefinition.of("revenue_per_user", new MetricKind.Mean("purchase", null)),
                MetricDefinition.of("carts", new MetricKind.Count("add_to_cart", null))))
                .withSettings(AnalysisSettings.DEFAULTS.withCorrection(Correction.HOLM));
        try (Workspace workspace = Workspace.create(ws)) {
            DefinitionRepository definitions = new DefinitionRepository(workspace);
            definitions.saveDataSource("dw", store.find("dw").orElseThrow().toJson());
            definitions.saveExperiment(definition);
        }
        String shown;
        try (WorkspaceSession session = new WorkspaceSession()) {
            session.open(ws);
            WarehousePageViewModel model = page(new WorkspaceSourceStore(session, ws.toAbsolutePath().normalize()));
            // The workspace imported no data: the defined experiment is offered all the same.
            assertThat(model.failureProperty().get()).isEmpty();
            assertThat(model.experimentKeys()).containsExactly(EXPERIMENT);
            assertThat(model.metricsNoteProperty().get()).isEqualTo(WarehousePageViewModel.DEFINED_METRICS);
            model.experimentProperty().set("onboarding_flow");
            assertThat(model.metricsNoteProperty().get()).isEqualTo(WarehousePageViewModel.AUTOMATIC_METRICS);
            model.experimentProperty().set(EXPERIMENT);
            model.passwordProperty().set(SampleWarehouse.PASSWORD);
            model.analyse();
            assertThat(model.failureProperty().get()).isEmpty();
            WarehouseRun run = model.runProperty().get();
            assertThat(run.fromDefinition()).isTrue();
            assertThat(run.spec().metrics()).extracting(MetricDefinition::name)
                    .containsExactly("revenue_per_user", "carts");
            assertThat(run.spec().settings().correction()).isEqualTo(Correction.HOLM);
            StringWriter csv = new StringWriter();
            ResultsCsv.write(model.results().resultProperty().get(), csv);
            shown = csv.toString();
        }
        // The session is closed: the command line opens the workspace itself, as it would in another process.
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(new String[] {"analyze", "--workspace", ws.toString(), "--source", "dw",
            "--experiment", EXPERIMENT, "--password", SampleWarehouse.PASSWORD}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(shown.lines()).hasSizeGreaterThan(1).allMatch(line -> !line.contains("purchase_rate"));
        assertThat(shown).contains("revenue_per_user").contains("carts").isEqualTo(out.toString());
    }
}
