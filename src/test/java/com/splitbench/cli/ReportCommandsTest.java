package com.splitbench.cli;

import static com.splitbench.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, show and verify run in-process, as a user types them, against a workspace built with import. */
class ReportCommandsTest {

    @TempDir
    static Path temp;

    private static Path workspace;
    private static Path assignments;

    private static void assertCleanError(CliRun run) {
        assertThat(run.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    /** 600 users in three variants on two devices over six days; purchases depend on the variant. */
    static String assignmentsCsv() {
        StringBuilder csv = new StringBuilder("user_id,experiment,variant,assigned_at,device\n");
        String[] variants = {"control", "treatment", "treatment_b"};
        for (int u = 0; u < 600; u++) {
            csv.append("u").append(u).append(",checkout,").append(variants[u % 3]).append(",2025-03-0")
                    .append(1 + u % 6).append("T10:").append(String.format("%02d", u % 60)).append(":00Z,")
                    .append(u % 5 < 2 ? "ios" : "web").append('\n');
        }
        return csv.toString();
    }

    static String eventsCsv(double shift) {
        StringBuilder csv = new StringBuilder("user_id,event_type,value,timestamp\n");
        for (int u = 0; u < 600; u++) {
            if ((u * 7919) % 100 < 8 + 4 * (u % 3)) {
                csv.append("u").append(u).append(",purchase,").append(10 + (u * 31) % 50 + shift)
                        .append(",2025-03-0").append(1 + u % 6).append("T12:00:00Z\n");
            }
            csv.append("u").append(u).append(",view,,2025-03-0").append(1 + u % 6).append("T11:00:00Z\n");
        }
        return csv.toString();
    }

    @BeforeAll
    static void importTheData() throws Exception {
        Path data = Files.createDirectory(temp.resolve("data"));
        assignments = Files.writeString(data.resolve("assignments.csv"), assignmentsCsv());
        Path events = Files.writeString(data.resolve("events.csv"), eventsCsv(0));
        workspace = temp.resolve("ws");
        CliRun imported = run("import", "--workspace", workspace.toString(), "--assignments", assignments.toString(),
                "--events", events.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void showPrintsExactlyWhatAnalyzePrintedForTheSameOptions() {
        for (List<String> options : List.of(List.<String>of(), List.of("--correction", "holm", "--segment", "device"),
                List.of("--control", "treatment_b", "--sequential", "--confidence", "0.9"))) {
            Path file = temp.resolve("r" + options.size() + ".splitreport");
            CliRun report = run(concat(List.of("report", "--workspace", workspace.toString(), "--experiment",
                    "checkout", "--out", file.toString()), options));
            assertThat(report.exit()).as(report.err()).isZero();
            CliRun analyze = run(concat(List.of("analyze", "--workspace", workspace.toString(), "--experiment",
                    "checkout", "--format", "csv"), options));
            CliRun show = run("show", "--report", file.toString(), "--format", "csv");
            assertThat(show.exit()).as(show.err()).isZero();
            assertThat(show.out()).isEqualTo(analyze.out()).contains("checkout,purchase_rate,treatment,");
            CliRun json = run("show", "--report", file.toString(), "--format", "json");
            CliRun analyzeJson = run(concat(List.of("analyze", "--workspace", workspace.toString(), "--experiment",
                    "checkout", "--format", "json"), options));
            assertThat(json.out()).isEqualTo(analyzeJson.out());
        }
    }

    @Test
    void showReslicesTheStoredStatisticsLikeAnalyze() {
        Path file = temp.resolve("plain.splitreport");
        assertThat(run("report", "--workspace", workspace.toString(), "--experiment", "checkout", "--out",
                file.toString()).exit()).isZero();
        String[] reslice = {"--control", "treatment", "--correction", "bh", "--segment", "device", "--no-cuped"};
        CliRun show = run(concat(List.of("show", "--report", file.toString()), List.of(reslice)));
        CliRun analyze = run(concat(List.of("analyze", "--workspace", workspace.toString(), "--experiment",
                "checkout"), List.of(reslice)));
        assertThat(show.out()).isEqualTo(analyze.out()).contains(",bh,");
        assertCleanError(run("show", "--report", file.toString(), "--spec", "x.json"));
        assertCleanError(run("show", "--report", file.toString(), "--segment", "country"));
    }

    @Test
    void reportWritesTheExportsAndKeepsTheConclusion() throws Exception {
        Path file = temp.resolve("shared.splitreport");
        Path html = temp.resolve("shared.html");
        Path csv = temp.resolve("shared.csv");
        Path charts = temp.resolve("charts");
        CliRun report = run("report", "--workspace", workspace.toString(), "--experiment", "checkout", "--out",
                file.toString(), "--html", html.toString(), "--csv", csv.toString(), "--png-dir", charts.toString(),
                "--notes", "Ship it <b>now</b>", "--decision", "don't ship");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("Wrote " + file).contains("Wrote " + html).contains("Wrote " + csv)
                .contains("charts to " + charts);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("Ship it &lt;b&gt;now&lt;/b&gt;")
                .contains("Decision: Don&#39;t ship");
        CliRun analyze = run("analyze", "--workspace", workspace.toString(), "--experiment", "checkout");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(analyze.out());
        assertThat(charts.resolve("01-forest-plot.png")).exists();
        CliRun about = run("show", "--report", file.toString(), "--about");
        assertThat(about.out()).contains("decision:    Don't ship").contains("Ship it <b>now</b>")
                .contains("assignments.csv").contains("events.csv");
        assertCleanError(run("report", "--workspace", workspace.toString(), "--experiment", "checkout", "--out",
                file.toString(), "--decision", "maybe"));
    }

    @Test
    void verifyExitsZeroWhenTheReportHoldsAndOneWithTheDifferencesWhenNot() throws Exception {
        Path file = temp.resolve("verified.splitreport");
        assertThat(run("report", "--workspace", workspace.toString(), "--experiment", "checkout", "--out",
                file.toString()).exit()).isZero();
        CliRun same = run("verify", "--workspace", workspace.toString(), "--report", file.toString());
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("The report matches the workspace");

        Path changed = Files.createDirectory(temp.resolve("changed"));
        Path events = Files.writeString(changed.resolve("events.csv"), eventsCsv(0.5));
        Path other = temp.resolve("ws-changed");
        assertThat(run("import", "--workspace", other.toString(), "--assignments", assignments.toString(),
                "--events", events.toString()).exit()).isZero();
        CliRun differs = run("verify", "--workspace", other.toString(), "--report", file.toString());
        assertThat(differs.exit()).isEqualTo(VerifyCommand.EXIT_DIFFERENT);
        assertThat(differs.out()).containsPattern("fingerprint +events\\.csv +sha256")
                .containsPattern("statistics +purchase_value +control +overall +sumY ")
                .contains("The report does not match the workspace");
        CliRun csv = run("verify", "--workspace", other.toString(), "--report", file.toString(), "--format", "csv");
        assertThat(csv.exit()).isEqualTo(VerifyCommand.EXIT_DIFFERENT);
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("section,metric,variant,where,field,report_value,current_value");
        assertThat(csv.out()).contains("statistics,purchase_value,control,overall,sumY,");
    }

    @Test
    void hostileOrMissingFilesGiveOneCleanMessage() throws Exception {
        Path junk = Files.writeString(temp.resolve("junk.splitreport"), "PK\u0003\u0004garbage");
        CliRun show = run("show", "--report", junk.toString());
        assertThat(show.exit()).isEqualTo(2);
        assertCleanError(show);
        assertThat(show.err()).contains("Cannot open " + junk).contains("damaged or truncated");
        CliRun verify = run("verify", "--workspace", workspace.toString(), "--report",
                temp.resolve("none.splitreport").toString());
        assertCleanError(verify);
        assertThat(verify.err()).contains("does not exist");
        CliRun noWorkspace = run("verify", "--workspace", temp.resolve("nowhere").toString(), "--report",
                junk.toString());
        assertCleanError(noWorkspace);
    }

    private static String[] concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toArray(String[]::new);
    }
}
