package com.splitbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --source}: the same export analysed from a workspace and from a database (an H2 file standing in
 * for a warehouse) gives the same CSV, number for number, and a saved source works the same way; the password comes
 * only from the environment or a flag.
 */
class WarehouseAnalyzeCommandTest {

    @TempDir
    Path temp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Writes a small export as CSV files and as tables of an H2 file database; returns its JDBC URL. */
    private String export(Path assignments, Path events) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        long start = 1_740_000_000_000L;
        List<String> assignmentRows = new ArrayList<>(List.of("user_id,experiment,variant,ts,country"));
        List<String> eventRows = new ArrayList<>(List.of("user_id,event,value,ts"));
        String url = "jdbc:h2:file:" + temp.resolve("dw").toAbsolutePath() + ";USER=sa";
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("dw")
                .toAbsolutePath(), "sa", "s3cret"); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE assignments(user_id VARCHAR, experiment VARCHAR, variant VARCHAR, ts BIGINT, "
                    + "country VARCHAR)");
            sql.execute("CREATE TABLE events(user_id VARCHAR, event VARCHAR, \"value\" DOUBLE, ts BIGINT)");
            for (int u = 0; u < 400; u++) {
                String variant = random.nextInt(3) == 0 ? "control" : random.nextBoolean() ? "red" : "blue";
                long exposure = start + random.nextLong(5 * 86_400_000L);
                String country = random.nextBoolean() ? "DE" : "US";
                assignmentRows.add("u" + u + ",exp," + variant + "," + exposure + "," + country);
                sql.execute("INSERT INTO assignments VALUES ('u" + u + "', 'exp', '" + variant + "', " + exposure
                        + ", '" + country + "')");
                for (int e = random.nextInt(4); e > 0; e--) {
                    boolean buy = random.nextInt(3) == 0;
                    long ts = exposure + random.nextLong(-86_400_000L, 7 * 86_400_000L);
                    String value = buy ? Double.toString(Math.round(random.nextDouble() * 10_000) / 100.0) : "";
                    eventRows.add("u" + u + "," + (buy ? "buy" : "visit") + "," + value + "," + ts);
                    sql.execute("INSERT INTO events VALUES ('u" + u + "', '" + (buy ? "buy" : "visit") + "', "
                            + (buy ? value : "NULL") + ", " + ts + ")");
                }
            }
        }
        Files.write(assignments, assignmentRows);
        Files.write(events, eventRows);
        return url.replace(";USER=sa", "");
    }

    private static void assertSameNumbers(String expectedCsv, String actualCsv) {
        List<String> expected = expectedCsv.lines().toList();
        List<String> actual = actualCsv.lines().toList();
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(actual.get(0)).isEqualTo(expected.get(0));
        for (int i = 1; i < expected.size(); i++) {
            String[] e = expected.get(i).split(",", -1);
            String[] a = actual.get(i).split(",", -1);
            for (int c = 0; c < e.length; c++) {
                if (e[c].isEmpty() || !Character.isDigit(e[c].charAt(e[c].length() - 1))) {
                    assertThat(a[c]).as("line " + i + " column " + c).isEqualTo(e[c]);
                } else {
                    double x = Double.parseDouble(e[c]);
                    assertThat(Double.parseDouble(a[c])).as("line " + i + " column " + c)
                            .isCloseTo(x, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(x))));
                }
            }
        }
    }

    @Test
    void warehouseAnalysisPrintsTheSameTableAsTheWorkspace() throws Exception {
        Path assignments = temp.resolve("assignments.csv");
        Path events = temp.resolve("events.csv");
        String url = export(assignments, events);
        String ws = temp.resolve("ws").toString();
        assertThat(run("import", "--workspace", ws, "--assignments", assignments.toString(), "--events",
                events.toString(), "--map", "time=ts").code()).isZero();
        Result local = run("analyze", "--workspace", ws, "--experiment", "exp", "--correction", "holm");
        assertThat(local.code()).as(local.err()).isZero();

        String[] mapping = {"--assignments-table", "ASSIGNMENTS", "--assignment-columns",
            "unit=USER_ID,experiment=EXPERIMENT,variant=VARIANT,time=TS,time-format=epoch_ms",
            "--dimensions", "COUNTRY", "--events-table", "EVENTS",
            "--event-columns", "unit=USER_ID,type=EVENT,value=value,time=TS,time-format=epoch_ms"};
        List<String> args = new ArrayList<>(List.of("analyze", "--experiment", "exp", "--correction", "holm",
                "--source", url, "--user", "sa", "--password", "s3cret"));
        args.addAll(Arrays.asList(mapping));
        Result remote = run(args.toArray(String[]::new));
        assertThat(remote.code()).as(remote.err()).isZero();
        assertSameNumbers(local.out(), remote.out());

        List<String> add = new ArrayList<>(List.of("source", "add", "--workspace", ws, "--name", "dw",
                "--source", url, "--user", "sa"));
        add.addAll(Arrays.asList(mapping));
        assertThat(run(add.toArray(String[]::new)).code()).isZero();
        assertThat(run("source", "list", "--workspace", ws).out()).contains("dw").doesNotContain("s3cret");
        Result saved = run("analyze", "--workspace", ws, "--source", "dw", "--experiment", "exp", "--correction",
                "holm", "--password", "s3cret");
        assertThat(saved.code()).as(saved.err()).isZero();
        assertSameNumbers(local.out(), saved.out());
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        Result result = run("analyze", "--experiment", "exp", "--source", "jdbc:postgresql://h/db?password=x",
                "--assignments-table", "a", "--events-table", "e");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("holds a password");
    }
}
