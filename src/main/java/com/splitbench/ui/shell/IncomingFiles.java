package com.splitbench.ui.shell;

import com.splitbench.common.UserFacingException;
import com.splitbench.ui.common.ErrorReporter;
import com.splitbench.ui.sidebar.SidebarViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where files that come from outside the window go: dropped onto it, or named on the command line. Reports are
 * opened, workspace folders opened, and everything else goes to the import wizard; what cannot be taken now gets a
 * message that says what to do first.
 */
final class IncomingFiles {

    static final String REPORT_EXTENSION = ".splitreport";

    private final Set<ShellCommand> available;
    private final Predicate<ShellCommand> enabled;
    private final ServiceCommands services;
    private final ErrorReporter errors;
    private final SidebarViewModel sidebar;

    /**
     * @param available the commands this build offers at all
     * @param enabled   whether a command can run now
     */
    IncomingFiles(Set<ShellCommand> available, Predicate<ShellCommand> enabled, ServiceCommands services,
                  ErrorReporter errors, SidebarViewModel sidebar) {
        this.available = Set.copyOf(available);
        this.enabled = enabled;
        this.services = services;
        this.errors = errors;
        this.sidebar = sidebar;
    }

    /**
     * Whether the window takes these files: reports when this build opens reports, other files when it imports.
     * Files are taken even while no workspace is open, so that the drop can explain what to do first.
     */
    boolean acceptsDrop(List<Path> files) {
        boolean anyReport = files.stream().anyMatch(IncomingFiles::isReport);
        boolean anyOther = files.stream().anyMatch(file -> !isReport(file));
        return anyReport && available.contains(ShellCommand.OPEN_REPORT)
                || anyOther && available.contains(ShellCommand.IMPORT);
    }

    /** Report files are opened, everything else goes to the import wizard. */
    void dropped(List<Path> files) {
        List<Path> toImport = new ArrayList<>();
        for (Path file : files) {
            if (isReport(file) && enabled.test(ShellCommand.OPEN_REPORT)) {
                services.openReport(file);
            } else {
                toImport.add(file);
            }
        }
        if (toImport.isEmpty()) {
            return;
        }
        if (enabled.test(ShellCommand.IMPORT)) {
            services.importFiles(toImport);
        } else {
            errors.report("The files were not imported", new UserFacingException(sidebar.getWorkspace() == null
                    ? "Files are imported into a workspace, and none is open. Create one with File ▸ New workspace "
                    + "or open one with File ▸ Open workspace, then drop the files again."
                    : "Splitbench is busy with the workspace. Wait until it is done, then drop the files again."));
        }
    }

    /** Opens what the app was started with: a workspace folder, a report, or a file to import. */
    void fromCommandLine(Path path) {
        if (Files.isDirectory(path) && enabled.test(ShellCommand.OPEN_WORKSPACE)) {
            services.openWorkspace(path);
        } else if (isReport(path) && enabled.test(ShellCommand.OPEN_REPORT)) {
            services.openReport(path);
        } else {
            errors.report("Splitbench could not open " + path.getFileName(), new UserFacingException(
                    "This build of Splitbench cannot open " + path + " yet: it opens workspace folders and "
                    + REPORT_EXTENSION + " reports once their services are installed."));
        }
    }

    static boolean isReport(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(REPORT_EXTENSION);
    }
}
