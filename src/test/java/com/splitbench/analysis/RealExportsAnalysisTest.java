package com.splitbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.splitbench.cli.CommandLineApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Public exports nobody here wrote (../shared/real-exports, kept out of the repository; the test is skipped where
 * they are absent), imported and analysed through the command line as per-user tables. Expected values: SciPy 1.17
 * (two-proportion z-test written out as 2·norm.sf(|z|) with the pooled SE; scipy.stats.chisquare for SRM; the
 * delta-method ratio variance (var_y − 2R·cov + R²·var_d) / (n·d̄²) with NumPy's ddof=1 moments).
 */
class RealExportsAnalysisTest {

    private static final Path REAL = Files.isDirectory(Path.of("..", "shared", "real-exports"))
            ? Path.of("..", "shared", "real-exports") : Path.of("..", "..", "shared", "real-exports");

    @TempDir
    Path temp;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static String[] row(String csv, String metric, String variant) {
        List<String> header = Arrays.asList(csv.lines().findFirst().orElseThrow().split(",", -1));
        String[] cells = csv.lines().skip(1).map(l -> l.split(",", -1))
                .filter(c -> c[header.indexOf("metric")].equals(metric) && c[header.indexOf("variant")].equals(variant))
                .findFirst().orElseThrow();
        return cells;
    }

    private static double cell(String csv, String metric, String variant, String column) {
        List<String> header = Arrays.asList(csv.lines().findFirst().orElseThrow().split(",", -1));
        return Double.parseDouble(row(csv, metric, variant)[header.indexOf(column)]);
    }

    @Test
    void cookieCatsRetentionAndSampleRatioMatchScipy() {
        assumeTrue(Files.isDirectory(REAL), "../shared/real-exports is not here");
        String ws = temp.resolve("ws").toString();
        run("import", "--workspace", ws, "--users", REAL.resolve("cookie_cats.csv").toString(),
                "--experiment", "cookie_cats");
        String csv = run("analyze", "--workspace", ws, "--experiment", "cookie_cats");
        assertThat(cell(csv, "retention_7", "gate_30", "users")).isEqualTo(44_700);
        assertThat(cell(csv, "retention_7", "gate_40", "users")).isEqualTo(45_489);
        assertThat(cell(csv, "retention_7", "gate_30", "mean")).isCloseTo(8502.0 / 44700, within(1e-15));
        assertThat(cell(csv, "retention_7", "gate_40", "abs_diff")).isCloseTo(-0.008201298315205913, within(1e-15));
        assertThat(cell(csv, "retention_7", "gate_40", "p_value")).isCloseTo(0.001554249975614329, within(1e-12));
        assertThat(cell(csv, "retention_7", "gate_40", "srm_p_value")).isCloseTo(0.008607987810836262,
                within(1e-12));
    }

    @Test
    void buttonConversionsPerClickIsARatioWithTheDeltaMethod() throws Exception {
        assumeTrue(Files.isDirectory(REAL), "../shared/real-exports is not here");
        String ws = temp.resolve("ws").toString();
        run("import", "--workspace", ws, "--users", REAL.resolve("button_clicks_conversions.csv").toString(),
                "--experiment", "buttons");
        Path spec = temp.resolve("spec.json");
        Files.writeString(spec, """
                {"experiment": {"key": "buttons"},
                 "metrics": [{"name": "conversions_per_click", "type": "column_ratio",
                              "numeratorColumn": "Conversions", "denominatorColumn": "Clicks"}]}
                """);
        String csv = run("analyze", "--workspace", ws, "--experiment", "buttons", "--spec", spec.toString());
        assertThat(cell(csv, "conversions_per_click", "A", "mean")).isCloseTo(0.002836968856386332, within(1e-15));
        assertThat(cell(csv, "conversions_per_click", "B", "mean")).isCloseTo(0.0044375742662754875, within(1e-15));
        assertThat(cell(csv, "conversions_per_click", "B", "p_value")).isCloseTo(4.8876875221774486e-09,
                within(1e-16));
    }
}
