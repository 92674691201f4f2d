package com.splitbench.ui.common;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Logs, once per run, when the first results reached the screen and how long after the process started. That is
 * the start-up figure BENCHMARKS.md records: {@code installer/measure-startup.sh} waits for the line
 * {@value #LOG_PREFIX}. Logging it costs nothing measurable and tells a user with a slow start what took the time.
 */
public final class StartupMilestone {

    /** The start of the logged line, which the start-up measurement looks for. */
    public static final String LOG_PREFIX = "First results on screen";

    private static final System.Logger LOG = System.getLogger(StartupMilestone.class.getName());
    private static final AtomicBoolean REACHED = new AtomicBoolean();

    private StartupMilestone() {
    }

    /**
     * Call when a results table received its first rows. The line is logged once the scene's next pulse has laid
     * those rows out (their columns fitted, see {@code ColumnWidths}) and handed them to the renderer. Painting them
     * takes one more render, 20–70 ms of software rendering in the pulse logs on the build machine, which the
     * figure does not include. UI thread.
     */
    public static void resultsShown(Node table) {
        if (REACHED.get()) {
            return;
        }
        Scene scene = table.getScene();
        if (scene == null) {
            return;
        }
        AfterLayout.run(scene, StartupMilestone::reached);
    }

    private static void reached() {
        if (REACHED.compareAndSet(false, true)) {
            ProcessHandle.Info process = ProcessHandle.current().info();
            String since = process.startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis() + " ms after the process started")
                    .orElse("(process start time unknown)");
            // CPU time says what the start costs independently of what else the machine is doing.
            String cpu = process.totalCpuDuration().map(used -> ", " + used.toMillis() + " ms of CPU").orElse("");
            LOG.log(Level.INFO, LOG_PREFIX + " " + since + cpu);
        }
    }
}
