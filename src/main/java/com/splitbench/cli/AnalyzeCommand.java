package com.splitbench.cli;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code splitbench analyze}: one experiment's results table from a workspace, as CSV or JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse an experiment in a workspace and print the results table.",
            "Without --spec it analyses the automatic metrics (T_rate and T_value for each event type T, or one "
                    + "metric per column of a per-user table), with the definition saved in the workspace if any."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--experiment", required = true, paramLabel = "KEY", description = "The experiment key.")
    String experiment;

    @Mixin
    AnalysisOptions options;

    @Mixin
    ResultOutput output;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(workspace)) {
            throw new UserFacingException("There is no workspace at " + workspace + ". Create one with "
                    + "'splitbench import --workspace " + workspace + " ...'.");
        }
        try (Workspace opened = Workspace.open(workspace)) {
            requireExperiment(opened, experiment);
            AnalysisSpec base = options.specFile() != null ? null
                    : new DefinitionRepository(opened).experiment(experiment).orElse(null);
            AnalysisSpec analysisSpec = options.resolve(experiment, base);
            AnalysisService service = new AnalysisService(
                    new LocalStatisticsEngine(new WorkspaceEventData(opened.eventStore())), opened::dataVersion);
            AnalysisResult result = service.analyze(analysisSpec, AnalysisMonitor.NONE);
            output.write(result, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Fails with the list of experiments in the workspace when the key is not one of them. */
    static void requireExperiment(Workspace workspace, String key) {
        java.util.List<String> keys = workspace.eventStore().experiments().stream()
                .map(com.splitbench.workspace.ExperimentSummary::key).sorted().toList();
        if (!keys.contains(key)) {
            throw new UserFacingException("There is no experiment '" + key + "' in " + workspace.directory() + ". "
                    + (keys.isEmpty() ? "It has no assignments yet: import some first."
                            : "Experiments: " + String.join(", ", keys) + "."));
        }
    }
}
