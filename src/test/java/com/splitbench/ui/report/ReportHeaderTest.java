package com.splitbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.report.DataFingerprint;
import com.splitbench.report.OpenedReport;
import com.splitbench.report.Report;
import com.splitbench.report.WarehouseSource;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the top of a report's page says about the report and its data. */
class ReportHeaderTest {

    private final OpenedReport opened = SampleReports.checkout(Path.of("/reports/q1.splitreport"));

    @Test
    void namesTheDecisionNotesAndWhoSavedItWhenInTheUsersTimeZone() {
        ReportHeader header = ReportHeader.of(opened, ZoneId.of("Europe/Berlin"));

        assertThat(header.title()).isEqualTo("Checkout redesign");
        assertThat(header.decision().label()).isEqualTo("Ship");
        assertThat(header.notes()).isEqualTo("Ship treatment_b.");
        assertThat(header.provenance()).isEqualTo("Saved 2026-03-20 17:45 CET with Splitbench 9.9.9 · experiment "
                + "checkout_redesign");
        assertThat(header.fileDescription()).isEqualTo("/reports/q1.splitreport (report format version 1)");
    }

    @Test
    void listsEveryInputFileWithRowCountsAndAShortenedSha256() {
        ReportHeader header = ReportHeader.of(opened, ZoneOffset.UTC);

        assertThat(header.source()).startsWith("workspace: 2 imported files · ").endsWith(" users assigned");
        assertThat(header.files()).extracting(FingerprintLine::name).containsExactly("assignments.csv.gz",
                "events.csv.gz");
        FingerprintLine events = header.files().get(1);
        assertThat(events.detail()).isEqualTo("events · 199,621 rows imported · 3 rows rejected · 580 duplicates "
                + "skipped · 2.2 MB");
        assertThat(events.sha256()).isEqualTo(SampleReports.EVENTS_SHA);
        assertThat(events.shortHash()).isEqualTo("1a27a7694283…");
    }

    @Test
    void listsTheExclusionCountsInWords() {
        Report report = opened.report();
        HealthCounts counts = new HealthCounts(16_019, 68, 0, 36_993, 39_790, 686);
        Report withCounts = new Report(report.spec(), report.statistics(), report.results(), report.conclusion(),
                new DataFingerprint(report.fingerprint().source(), counts), report.appVersion(), report.createdAt());

        ReportHeader header = ReportHeader.of(new OpenedReport(opened.file(), 1, withCounts), ZoneOffset.UTC);

        assertThat(header.exclusions()).extracting(FingerprintLine::name, FingerprintLine::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Users assigned", "16,019"),
                org.assertj.core.groups.Tuple.tuple("Users in several variants (excluded)", "68"),
                org.assertj.core.groups.Tuple.tuple("Users exposed outside the date range (excluded)", "0"),
                org.assertj.core.groups.Tuple.tuple("Events before exposure (not counted)", "36,993"),
                org.assertj.core.groups.Tuple.tuple("Events of users never assigned (ignored)", "39,790"),
                org.assertj.core.groups.Tuple.tuple("Events of excluded users (ignored)", "686"));
        assertThat(header.source()).isEqualTo("workspace: 2 imported files · 16,019 users assigned");
    }

    @Test
    void describesAWarehouseSourceByItsTablesAndQueryHash() {
        Report report = opened.report();
        String query = "ab".repeat(32);
        Report warehouse = new Report(report.spec(), report.statistics(), report.results(), report.conclusion(),
                new DataFingerprint(new WarehouseSource("postgresql", List.of("shop.assignments", "shop.events"),
                        query), report.fingerprint().exclusions()), report.appVersion(), report.createdAt());

        ReportHeader header = ReportHeader.of(new OpenedReport(opened.file(), 1, warehouse), ZoneOffset.UTC);

        assertThat(header.files()).extracting(FingerprintLine::name).containsExactly("shop.assignments",
                "shop.events", "query");
        assertThat(header.files().get(2).sha256()).isEqualTo(query);
        assertThat(header.files().get(0).shortHash()).isEmpty();
    }
}
