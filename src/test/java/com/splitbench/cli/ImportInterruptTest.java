package com.splitbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.app.Launcher;
import com.splitbench.testing.ChildJvm;
import com.splitbench.testing.ExportFiles;
import com.splitbench.testing.WorkspaceSnapshot;
import com.splitbench.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child JVM (the launcher's main class with the application's class path, as in the jar) importing a
 * large file is interrupted mid-import: with SIGINT (Ctrl-C) it rolls back and exits 130; with SIGKILL it gets no
 * say, and H2 discards the uncommitted transaction when the workspace is next opened. Either way the workspace
 * keeps exactly its earlier content.
 */
class ImportInterruptTest {

    @TempDir
    Path temp;

    @Test
    void ctrlCRollsBackAndExitsWith130() throws Exception {
        Path ws = prepareWorkspace();
        List<String> before = WorkspaceSnapshot.of(ws);
        Process child = startLongImport(ws);
        signal(child, "INT");
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(err).isEqualTo(130);
        assertThat(err).contains("Import cancelled; the workspace is unchanged.").doesNotContain("Exception");
        assertThat(WorkspaceSnapshot.of(ws)).isEqualTo(before);
    }

    @Test
    void aKilledImportLeavesTheWorkspaceIntactWhenReopened() throws Exception {
        Path ws = prepareWorkspace();
        List<String> before = WorkspaceSnapshot.of(ws);
        Process child = startLongImport(ws);
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.dataVersion()).isEqualTo(1);
            assertThat(workspace.imports()).hasSize(1);
        }
        assertThat(WorkspaceSnapshot.of(ws)).isEqualTo(before);
    }

    private Path prepareWorkspace() throws Exception {
        Path ws = temp.resolve("ws");
        Path small = ExportFiles.bigEvents(temp, "small.csv", 1000, 100);
        assertThat(CommandLineApp.run(new String[] {"import", "--workspace", ws.toString(), "--events",
            small.toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()))).isZero();
        return ws;
    }

    /** Starts the import of a file big enough to take seconds, and returns once chunks are being written. */
    private Process startLongImport(Path ws) throws Exception {
        Path big = ExportFiles.bigEvents(temp, "big.csv", 3_000_000, 500_000);
        Path database = ws.resolve("workspace.mv.db");
        long sizeBefore = Files.size(database);
        Process child = ChildJvm.start(temp, Launcher.class.getName(), "import", "--workspace", ws.toString(),
                "--events", big.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (Files.size(database) <= sizeBefore + 200_000) {
            assertThat(child.isAlive()).as("the import ended before it could be interrupted").isTrue();
            assertThat(System.nanoTime()).as("the import did not start writing").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the import ended before it could be interrupted").isTrue();
        return child;
    }

    private static void signal(Process child, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }
}
