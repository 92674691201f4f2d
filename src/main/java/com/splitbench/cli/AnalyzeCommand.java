package com.splitbench.cli;

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
        output.write(WorkspaceAnalysis.run(workspace, experiment, options).result(), spec.commandLine().getOut());
        return 0;
    }
}
