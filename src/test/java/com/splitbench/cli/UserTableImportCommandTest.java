package com.splitbench.cli;

import static com.splitbench.cli.CliRun.run;
import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's case, as a user types it: a per-user table whose revenue column has one N/A. */
class UserTableImportCommandTest {

    @TempDir
    Path temp;

    @Test
    void aNotANumberCellFailsTheImportAndSkippingItKeepsTheMetricInTheAnalysis() throws Exception {
        Path table = write(temp, "t.csv", "user_id,variant,revenue\nu1,control,10.5\nu2,treatment,N/A\n"
                + "u3,control,4\nu4,treatment,30\n");
        Path ws = temp.resolve("w");
        CliRun failed = run("import", "--workspace", ws.toString(), "--users", table.toString(), "--experiment", "exp");
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.err()).contains("t.csv line 3, column revenue: 'N/A' is not a number")
                .doesNotContain("Exception");
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.imports()).isEmpty();
        }

        CliRun skipped = run("import", "--workspace", ws.toString(), "--users", table.toString(), "--experiment", "exp",
                "--skip-bad-rows", "--rejects", temp.resolve("rejects.csv").toString());
        assertThat(skipped.exit()).as(skipped.err()).isZero();
        assertThat(skipped.out()).contains("; metrics: revenue (number); dimensions: none");
        assertThat(skipped.out().lines().toList()).last().asString()
                .startsWith("rows read: 4, imported: 3, rejected: 1");

        CliRun analyzed = run("analyze", "--workspace", ws.toString(), "--experiment", "exp", "--format", "csv");
        assertThat(analyzed.exit()).as(analyzed.err()).isZero();
        List<String> rows = analyzed.out().lines().filter(line -> line.startsWith("exp,revenue,")).toList();
        assertThat(rows).hasSize(2);
    }
}
