package com.splitbench.ui.shell;

import com.splitbench.ui.task.TaskContext;
import java.nio.file.Path;

/**
 * A file the user asked to write (a report, an HTML or CSV export), prepared on the UI thread from what the window
 * shows, before the file chooser opens. The shell asks where to write it, then runs {@link #write} on a worker
 * thread with progress in the status bar.
 */
public interface FileWrite {

    /** The name the file chooser suggests, without the extension (the shell makes it a valid file name). */
    String suggestedName();

    /** Writes the file. Worker thread; throws {@link com.splitbench.common.UserFacingException} for failures. */
    void write(Path target, TaskContext task) throws Exception;

    /** Called on the UI thread once the file was written, e.g. to show a re-saved report with its new notes. */
    default void written(Path target, ShellDisplay display) {
    }
}
