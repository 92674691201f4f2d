package com.splitbench.cli;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.common.UserFacingException;
import com.splitbench.report.ReportService;
import com.splitbench.report.WorkspaceSource;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.ExperimentSummary;
import com.splitbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one experiment's analysis in a workspace the way {@code analyze} and {@code report} both do: the --spec
 * file, else the definition saved in the workspace, else automatic metrics, with the command-line switches on top.
 */
final class WorkspaceAnalysis {

    /** The results and the workspace files they came from. */
    record Analysed(AnalysisResult result, WorkspaceSource source) {
    }

    private WorkspaceAnalysis() {
    }

    /** Analyses with time series (reports keep them), or without when only the table is wanted. */
    static Analysed run(Path workspace, String experiment, AnalysisOptions options, boolean timeSeries) {
        requireWorkspace(workspace);
        try (Workspace opened = Workspace.open(workspace)) {
            requireExperiment(opened, experiment);
            AnalysisSpec base = options.specFile() != null ? null
                    : new DefinitionRepository(opened).experiment(experiment).orElse(null);
            AnalysisSpec analysisSpec = options.resolve(experiment, base);
            AnalysisService service = new AnalysisService(
                    new LocalStatisticsEngine(new WorkspaceEventData(opened.eventStore())), opened::dataVersion);
            AnalysisResult result = service.analyze(analysisSpec, AnalysisMonitor.NONE, timeSeries);
            return new Analysed(result, ReportService.describeWorkspace(opened, experiment));
        }
    }

    static void requireWorkspace(Path workspace) {
        if (!Files.isDirectory(workspace)) {
            throw new UserFacingException("There is no workspace at " + workspace + ". Create one with "
                    + "'splitbench import --workspace " + workspace + " ...'.");
        }
    }

    /** Fails with the list of experiments in the workspace when the key is not one of them. */
    static void requireExperiment(Workspace workspace, String key) {
        List<String> keys = workspace.eventStore().experiments().stream()
                .map(ExperimentSummary::key).sorted().toList();
        if (!keys.contains(key)) {
            throw new UserFacingException("There is no experiment '" + key + "' in " + workspace.directory() + ". "
                    + (keys.isEmpty() ? "It has no assignments yet: import some first."
                            : "Experiments: " + String.join(", ", keys) + "."));
        }
    }
}
