package com.splitbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.ReportService;
import com.splitbench.report.WarehouseSource;
import com.splitbench.warehouse.Credentials;
import com.splitbench.warehouse.DataSourceDefinition;
import com.splitbench.warehouse.SampleWarehouse;
import com.splitbench.warehouse.TableMappingOptions;
import com.splitbench.warehouse.WarehouseStatisticsEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --source}: a report made on a warehouse (an H2 file database with the sample exports, behind a user
 * and password) describes its source by engine, tables and query hash, holds no URL, user or password, shows the
 * same table as {@code analyze --source}, and is verified on the warehouse, not against a workspace.
 */
class WarehouseReportCommandTest {

    private static final String EXPERIMENT = "checkout_redesign";

    @TempDir
    Path temp;

    private String url;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineApp.run(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> args(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    /** --source URL with the user, the password as a flag and the table mapping. */
    private List<String> source() {
        return args(List.of("--source", url, "--user", SampleWarehouse.USER, "--password", SampleWarehouse.PASSWORD),
                SampleWarehouse.MAPPING);
    }

    @BeforeEach
    void copyTheWarehouse() {
        url = SampleWarehouse.copyInto(temp);
    }

    @Test
    void aWarehouseReportDescribesItsSourceAndShowsWhatAnalyzePrinted() throws Exception {
        Path file = temp.resolve("out").resolve("checkout.splitreport");
        Path html = temp.resolve("out").resolve("checkout.html");
        Path csv = temp.resolve("out").resolve("checkout.csv");
        Files.createDirectories(file.getParent());
        Run report = run(args(List.of("report", "--experiment", EXPERIMENT, "--correction", "holm", "--out",
                file.toString(), "--html", html.toString(), "--csv", csv.toString()), source()));
        assertThat(report.exit()).as(report.err()).isZero();
        Run analyze = run(args(List.of("analyze", "--experiment", EXPERIMENT, "--correction", "holm"), source()));
        assertThat(analyze.exit()).as(analyze.err()).isZero();

        OpenedReport opened = new ReportService("test").open(file);
        assertThat(opened.fingerprint().source()).isInstanceOf(WarehouseSource.class);
        WarehouseSource source = (WarehouseSource) opened.fingerprint().source();
        assertThat(source.engine()).isEqualTo("h2");
        assertThat(source.tables()).containsExactly("assignments=assignments", "events=events");
        assertThat(source.queryHash()).isEqualTo(queryHashOfTheSameAnalysis(opened))
                .matches("[0-9a-f]{64}");

        Run show = run(List.of("show", "--report", file.toString()));
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).isEqualTo(analyze.out()).contains(EXPERIMENT + ",purchase_rate,");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(analyze.out());
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("Warehouse (h2)")
                .contains("assignments=assignments, events=events").contains(source.queryHash())
                .contains("--source URL|NAME");
        Run about = run(List.of("show", "--report", file.toString(), "--about"));
        assertThat(about.out()).contains("source:      warehouse (h2): 2 tables")
                .contains("query sha256 " + source.queryHash());

        for (Path written : List.of(file, html, csv)) {
            assertHoldsNoConnectionDetails(Files.readAllBytes(written), written);
        }
        assertHoldsNoConnectionDetails(reportJson(file), file);
    }

    @Test
    void aSavedSourceGivesTheSameFingerprintAndAnotherMappingAnotherQueryHash() throws Exception {
        Path workspace = temp.resolve("ws");
        Run added = run(args(List.of("source", "add", "--workspace", workspace.toString(), "--name", "dw",
                "--source", url, "--user", SampleWarehouse.USER), SampleWarehouse.MAPPING));
        assertThat(added.exit()).as(added.err()).isZero();
        Path direct = temp.resolve("direct.splitreport");
        Path saved = temp.resolve("saved.splitreport");
        Path byQuery = temp.resolve("query.splitreport");
        assertThat(run(args(List.of("report", "--experiment", EXPERIMENT, "--out", direct.toString()), source()))
                .exit()).isZero();
        Run report = run(List.of("report", "--workspace", workspace.toString(), "--source", "dw", "--password",
                SampleWarehouse.PASSWORD, "--experiment", EXPERIMENT, "--out", saved.toString()));
        assertThat(report.exit()).as(report.err()).isZero();
        List<String> queryMapping = new ArrayList<>(source());
        int events = queryMapping.indexOf("--events-table");
        queryMapping.set(events, "--events-query");
        queryMapping.set(events + 1, "SELECT * FROM events WHERE ts > 0");
        Run query = run(args(List.of("report", "--experiment", EXPERIMENT, "--out", byQuery.toString()),
                queryMapping));
        assertThat(query.exit()).as(query.err()).isZero();

        ReportService reports = new ReportService("test");
        WarehouseSource a = (WarehouseSource) reports.open(direct).fingerprint().source();
        WarehouseSource b = (WarehouseSource) reports.open(saved).fingerprint().source();
        WarehouseSource c = (WarehouseSource) reports.open(byQuery).fingerprint().source();
        assertThat(b).isEqualTo(a);
        assertThat(c.tables()).containsExactly("assignments=assignments", "events=query");
        assertThat(c.queryHash()).isNotEqualTo(a.queryHash());
        for (Path file : List.of(saved, byQuery)) {
            assertHoldsNoConnectionDetails(reportJson(file), file);
        }
        assertThat(new String(reportJson(byQuery), StandardCharsets.UTF_8)).doesNotContain("ts > 0");
        try (var files = Files.walk(workspace)) {
            for (Path stored : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1)).as(stored.toString())
                        .doesNotContain(SampleWarehouse.PASSWORD);
            }
        }
    }

    @Test
    void verifyRecomputesAWarehouseReportOnTheWarehouseAndExplainsWhyNotOnAWorkspace() throws Exception {
        Path file = temp.resolve("verified.splitreport");
        assertThat(run(args(List.of("report", "--experiment", EXPERIMENT, "--out", file.toString()), source()))
                .exit()).isZero();

        Run same = run(args(List.of("verify", "--report", file.toString()), source()));
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("against the warehouse (h2)").contains("The report matches the warehouse");

        Path workspace = temp.resolve("ws");
        assertThat(run(List.of("import", "--workspace", workspace.toString(), "--assignments",
                Path.of("sample-data", "assignments.csv.gz").toString())).exit()).isZero();
        Run onWorkspace = run(List.of("verify", "--workspace", workspace.toString(), "--report", file.toString()));
        assertThat(onWorkspace.exit()).isEqualTo(2);
        assertThat(onWorkspace.err()).startsWith("error: ").contains("was computed on a warehouse (h2: "
                + "assignments=assignments, events=events)").contains("--source URL|NAME").doesNotContain("\tat ");

        try (Connection connection = SampleWarehouse.connect(url); Statement sql = connection.createStatement()) {
            sql.execute("UPDATE events SET amount = amount + 1 WHERE event = 'purchase'");
        }
        Run differs = run(args(List.of("verify", "--report", file.toString()), source()));
        assertThat(differs.exit()).as(differs.err()).isEqualTo(VerifyCommand.EXIT_DIFFERENT);
        assertThat(differs.out()).containsPattern("statistics +purchase_value +control +overall +sumY ")
                .contains("WAREHOUSE").contains("The report does not match the warehouse");
    }

    @Test
    void aWorkspaceReportIsNotVerifiedOnAWarehouse() {
        Path workspace = temp.resolve("ws");
        assertThat(run(List.of("import", "--workspace", workspace.toString(), "--assignments",
                Path.of("sample-data", "assignments.csv.gz").toString(), "--events",
                Path.of("sample-data", "events.csv.gz").toString())).exit()).isZero();
        Path file = temp.resolve("local.splitreport");
        assertThat(run(List.of("report", "--workspace", workspace.toString(), "--experiment", EXPERIMENT, "--out",
                file.toString())).exit()).isZero();
        Run verify = run(args(List.of("verify", "--report", file.toString()), source()));
        assertThat(verify.exit()).isEqualTo(2);
        assertThat(verify.err()).contains("computed from a workspace's imported files")
                .contains("--workspace DIR");
        Run neither = run(List.of("report", "--experiment", EXPERIMENT, "--out", file.toString()));
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("Give --workspace DIR (or --source URL|NAME");
    }

    /** The hash of the statements the warehouse engine runs for the report's analysed spec, computed afresh. */
    private String queryHashOfTheSameAnalysis(OpenedReport opened) {
        TableMappingOptions mapping = new TableMappingOptions("assignments", null, "time=assigned_at",
                "country,device,platform", null, null, "events", null,
                "experiment=experiment,value=amount,time=ts,time-format=epoch_ms", null, null, null, null);
        WarehouseStatisticsEngine engine = new WarehouseStatisticsEngine(DataSourceDefinition.of(url,
                mapping.toMapping()), Credentials.of(SampleWarehouse.USER, SampleWarehouse.PASSWORD),
                Optional.empty());
        new AnalysisService(engine, () -> 0).statistics(opened.report().analysedSpec(), AnalysisMonitor.NONE);
        return engine.lastResult().orElseThrow().fingerprint().queryHash();
    }

    private void assertHoldsNoConnectionDetails(byte[] bytes, Path file) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).as(file.toString()).doesNotContain(SampleWarehouse.PASSWORD)
                .doesNotContain(SampleWarehouse.USER).doesNotContain(url).doesNotContain("jdbc:")
                .doesNotContain(temp.toString());
    }

    private static byte[] reportJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("report.json")) {
                    ByteArrayOutputStream json = new ByteArrayOutputStream();
                    zip.transferTo(json);
                    assertThat(json.size()).isPositive();
                    return json.toByteArray();
                }
            }
        }
        throw new AssertionError(file + " holds no report.json");
    }
}
