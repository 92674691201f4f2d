package com.splitbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultRow;
import com.splitbench.report.file.ReportFiles;
import com.splitbench.spec.AnalysisSettings;
import com.splitbench.spec.Correction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed, hand-written version 1 report ({@code report-v1.json}) must keep opening, with the same numbers,
 * in every later Splitbench: when the format changes, a migration brings it up to date (see ReportMigrations).
 * Expected values: SciPy 1.17, two-proportion z-test written out as 2·norm.sf(|z|) with the pooled SE for
 * 100/1000 vs 130/1000 → p = 0.03548845046647471; scipy.stats.ttest_ind_from_stats(5.9, s2, 1000, 5.2, s1, 1000,
 * equal_var=False) with the variances from the fixture's sums → p = 0.00808727618554091.
 */
class ReportFormatFixtureTest {

    @TempDir
    Path temp;

    private Path fixture(String name) throws IOException {
        Path file = temp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("report-v1.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theVersionOneFixtureOpensWithItsContent() throws IOException {
        OpenedReport opened = ReportFiles.read(fixture("report-v1.json"));
        assertThat(opened.formatVersion()).isEqualTo(1);
        Report report = opened.report();
        assertThat(report.title()).isEqualTo("Shorter sign-up");
        assertThat(report.conclusion().decision()).isEqualTo(Decision.SHIP);
        assertThat(report.conclusion().notes()).startsWith("Sign-ups up three points").contains("\nShip variant_b");
        assertThat(report.statistics().variants()).containsExactly("control", "variant_b");
        assertThat(report.statistics().metric("minutes").cap().getAsDouble()).isEqualTo(120.0);
        assertThat(report.statistics().metric("signup_rate").segments().get("platform").get("android").get(1).sumY())
                .isEqualTo(62.0);
        WorkspaceSource source = (WorkspaceSource) report.fingerprint().source();
        assertThat(source.files()).extracting(ImportedFile::name).containsExactly("assignments.csv", "events.csv.gz");
        assertThat(report.fingerprint().exclusions().multipleVariantUsers()).isEqualTo(4);
    }

    @Test
    void theVersionOneFixtureGivesTheScipyNumbersAndItsSavedTable() throws IOException {
        Report report = ReportFiles.read(fixture("report-v1.json")).report();
        AnalysisResult results = report.resultsAsSaved();
        ResultRow signup = results.rows().get(1);
        assertThat(signup.pValue().orElseThrow()).isCloseTo(0.03548845046647471, within(1e-12));
        ResultRow minutes = results.rows().get(3);
        assertThat(minutes.pValue().orElseThrow()).isCloseTo(0.00808727618554091, within(1e-12));
        SavedRow savedSignup = report.results().rows().get(1);
        assertThat(savedSignup.pValue().getAsDouble()).isCloseTo(0.03548845046647471, within(1e-12));
        assertThat(savedSignup.absoluteLow().getAsDouble()).isCloseTo(signup.absoluteInterval().orElseThrow().lower(),
                within(1e-12));
    }

    @Test
    void theVersionOneFixtureReslicesBySegmentAndCorrection() throws IOException {
        Report report = ReportFiles.read(fixture("report-v1.json")).report();
        AnalysisResult bySegment = report.results(AnalysisSettings.DEFAULTS.withSegment("platform")
                .withCorrection(Correction.HOLM));
        assertThat(bySegment.rows()).hasSize(8);
        assertThat(bySegment.rows()).extracting(r -> r.segment().orElseThrow()).containsOnly("android", "ios");
    }

    @Test
    void theFixtureOpensTheSameFromAReportArchive() throws IOException {
        Path json = fixture("report-v1.json");
        Path zipped = temp.resolve("report-v1.splitreport");
        HostileReportTest.writeZip(zipped, Files.readAllBytes(json));
        assertThat(ReportFiles.read(zipped).report()).isEqualTo(ReportFiles.read(json).report());
    }
}
