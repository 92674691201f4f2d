package com.splitbench.cli;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.common.UserFacingException;
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

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace folder (or, with --source NAME, the workspace that saved the source).")
    Path workspace;

    @Option(names = "--experiment", required = true, paramLabel = "KEY", description = "The experiment key.")
    String experiment;

    @Mixin
    AnalysisOptions options;

    @Mixin
    ResultOutput output;

    @Mixin
    WarehouseOptions warehouse;

    @Override
    public Integer call() {
        if (warehouse.present()) {
            return analyzeWarehouse();
        }
        if (workspace == null) {
            throw new UserFacingException("Give --workspace DIR (or --source URL for a warehouse).");
        }
        // A table needs no time series: skip building them.
        AnalysisResult result = WorkspaceAnalysis.run(workspace, experiment, options, false).result();
        output.write(result, spec.commandLine().getOut());
        return 0;
    }

    /** The same analysis on a warehouse: only summary rows come back; results print the same way. */
    private int analyzeWarehouse() {
        AnalysisResult result = WarehouseRun.analyze(warehouse, workspace,
                WarehouseRun.spec(warehouse, workspace, experiment, options),
                new StderrAnalysisProgress(spec.commandLine().getErr()), false).result();
        output.write(result, spec.commandLine().getOut());
        return 0;
    }
}
