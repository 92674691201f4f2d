package com.splitbench.cli;

import static com.splitbench.testing.ExportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command run in-process, as a user types it. */
class ImportCommandTest {

    private static final String SUMMARY = "rows read: \\d+, imported: \\d+, rejected: \\d+, duplicates skipped: \\d+.*";

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        String lastLine() {
            List<String> lines = outLines();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineApp.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("Exception");
    }

    @Test
    void importsAssignmentsAndEventsAndEndsWithTheSummaryLine() throws Exception {
        Path a = write(temp, "a.csv", "user_id,experiment,variant,timestamp\nu1,e,control,2024-03-01T00:00:00Z\n"
                + "u2,e,treatment,2024-03-01T00:00:00Z\nu2,e,treatment,2024-03-01T00:00:00Z\n");
        Path e = write(temp, "e.csv", "user_id,event,value,timestamp\nu1,buy,3,2024-03-02T00:00:00Z\n");
        Path ws = temp.resolve("ws");
        Run run = run("import", "--workspace", ws.toString(), "--assignments", a.toString(), "--events", e.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lastLine()).isEqualTo("rows read: 4, imported: 3, rejected: 0, duplicates skipped: 1");
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).startsWith("a.csv: assignments, csv, 3 rows read");

        Run again = run("import", "--workspace", ws.toString(), "--events", e.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.lastLine()).isEqualTo(
                "rows read: 0, imported: 0, rejected: 0, duplicates skipped: 0; already imported: e.csv");
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.dataVersion()).isEqualTo(1);
        }
    }

    @Test
    void importsAPerUserTableWithExplicitColumns() throws Exception {
        Path users = write(temp, "users.csv", "visitor;bucket;score\nv1;x;1,5\n".replace(",", "."));
        Run run = run("import", "--workspace", temp.resolve("ws").toString(), "--users", users.toString(),
                "--experiment", "k", "--variant-column", "bucket", "--unit-column", "visitor");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).contains("[unit=visitor, variant=bucket, extra=score]");
        assertThat(run.lastLine()).matches(SUMMARY);
    }

    @Test
    void reportsBadRowsWithFileLineAndColumnAndWritesNothing() throws Exception {
        Path e = write(temp, "e.csv", "user_id,event,timestamp\nu1,buy,2024-03-02T00:00:00Z\nu2,buy,soon\n");
        Path ws = temp.resolve("ws");
        Run run = run("import", "--workspace", ws.toString(), "--events", e.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("e.csv line 3, column timestamp: 'soon' is not a time");
        assertNoStackTrace(run);
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.imports()).isEmpty();
        }
        Run skipped = run("import", "--workspace", ws.toString(), "--events", e.toString(), "--skip-bad-rows");
        assertThat(skipped.exit()).isZero();
        assertThat(skipped.lastLine()).startsWith("rows read: 2, imported: 1, rejected: 1, duplicates skipped: 0;"
                + " rejected rows written to: " + temp.resolve("ws-rejects-"));
    }

    @Test
    void givesOneClearMessageForFilesThatAreNotExports() throws Exception {
        Path ws = temp.resolve("ws");
        Path empty = write(temp, "empty.csv", "");
        Path binary = temp.resolve("image.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path prose = write(temp, "notes.csv", "Dear team\nhere are the results\n");
        Path noUnit = write(temp, "nounit.csv", "who,event,timestamp\nu1,buy,2024-03-02T00:00:00Z\n");
        Path wrongDelimiter = write(temp, "semi.csv", "user_id;event;timestamp\nu1;buy;2024-03-02T00:00:00Z\n");
        Path truncatedGzip = temp.resolve("cut.csv.gz");
        byte[] gz = gzipBytes("user_id,event,timestamp\n" + "u1,buy,2024-03-02T00:00:00Z\n".repeat(5000));
        Files.write(truncatedGzip, java.util.Arrays.copyOf(gz, gz.length / 2));
        String[][] cases = {
            {empty.toString(), "empty.csv is empty"},
            {binary.toString(), "image.csv is not a text file"},
            {prose.toString(), "notes.csv does not look like a table"},
            {noUnit.toString(), "nounit.csv has no unit column"},
            {temp.resolve("missing.csv").toString(), "File not found"},
            {truncatedGzip.toString(), "cut.csv.gz: the gzip data is damaged or cut short"},
        };
        for (String[] c : cases) {
            Run run = run("import", "--workspace", ws.toString(), "--events", c[0]);
            assertThat(run.exit()).as(c[0]).isEqualTo(2);
            assertThat(run.err()).as(c[0]).startsWith("error: ").contains(c[1]);
            assertThat(run.err().lines().count()).as(c[0]).isEqualTo(1);
            assertNoStackTrace(run);
        }
        Run forced = run("import", "--workspace", ws.toString(), "--events", wrongDelimiter.toString(),
                "--delimiter", ",");
        assertThat(forced.err()).contains("is the delimiter right?");
        Run sniffed = run("import", "--workspace", ws.toString(), "--events", wrongDelimiter.toString());
        assertThat(sniffed.exit()).isZero();
    }

    @Test
    void refusesUnknownOptionsValuesWithAShortMessage() {
        Run zone = run("import", "--workspace", temp.resolve("ws").toString(), "--events", "x.csv",
                "--time-zone", "Mars/Olympus");
        assertThat(zone.exit()).isEqualTo(2);
        assertThat(zone.err()).contains("Unknown time zone 'Mars/Olympus'");
        Run role = run("import", "--workspace", temp.resolve("ws").toString(), "--events", "x.csv", "--map",
                "colour=c");
        assertThat(role.err()).contains("Unknown column role 'colour'");
        Run nothing = run("import", "--workspace", temp.resolve("ws").toString());
        assertThat(nothing.err()).contains("Nothing to import");
    }

    private static byte[] gzipBytes(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
