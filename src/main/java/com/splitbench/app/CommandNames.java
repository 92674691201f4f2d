package com.splitbench.app;

import com.splitbench.cli.CommandLineApp;

/** The subcommand names, so that a file called like a command is not mistaken for a document to open. */
final class CommandNames {

    private CommandNames() {
    }

    static boolean isCommand(String arg) {
        return CommandLineApp.commandNames().contains(arg);
    }
}
