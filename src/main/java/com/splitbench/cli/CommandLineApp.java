package com.splitbench.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;

/** Builds the picocli command tree and runs it; every subcommand is registered here, in one place. */
public final class CommandLineApp {

    private CommandLineApp() {
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs with explicit streams, for tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = newCommandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    public static Set<String> commandNames() {
        return newCommandLine().getSubcommands().keySet();
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new SplitbenchCommand());
        commandLine.setExecutionExceptionHandler(new FriendlyErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
