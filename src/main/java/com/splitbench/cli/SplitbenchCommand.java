package com.splitbench.cli;

import com.splitbench.app.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root command. Subcommands are listed in {@link Command#subcommands()}. */
@Command(
        name = "splitbench",
        mixinStandardHelpOptions = true,
        versionProvider = SplitbenchCommand.Version.class,
        description = {
            "Splitbench: a desktop workbench for analysing A/B tests.",
            "Run with no arguments to open the window."
        },
        subcommands = {
            ImportCommand.class,
            AnalyzeCommand.class,
            SourceCommand.class,
            ReportCommand.class,
            ShowCommand.class,
            VerifyCommand.class,
            SampleCommand.class,
        })
public final class SplitbenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints {@code splitbench <version>}. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"splitbench " + AppVersion.get()};
        }
    }
}
