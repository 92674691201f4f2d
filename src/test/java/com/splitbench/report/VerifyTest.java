package com.splitbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.model.Moments;
import com.splitbench.report.file.ReportFiles;
import com.splitbench.report.verify.Difference;
import com.splitbench.report.verify.Difference.Section;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify recomputes a report from a workspace and lists every file, number and result that differs. */
class VerifyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Path data;
    private static Path workspace;
    private static Path reportFile;
    private static Report report;

    @BeforeAll
    static void reportFromAWorkspace() throws Exception {
        data = Files.createDirectory(temp.resolve("data"));
        workspace = ReportFixtures.workspace(temp.resolve("ws"), ReportFixtures.assignments(data),
                ReportFixtures.events(data, "events.csv", 0));
        reportFile = temp.resolve("checkout.splitreport");
        report = SmallReports.SERVICE.save(ReportFixtures.analyze(workspace, ReportFixtures.spec()), Conclusion.NONE,
                ReportFixtures.source(workspace), reportFile);
    }

    private static VerifyResult verify(Report verified, Path against) {
        try (Workspace opened = Workspace.open(against)) {
            return SmallReports.SERVICE.verify(verified, opened, AnalysisMonitor.NONE);
        }
    }

    @Test
    void matchesTheWorkspaceItWasMadeFrom() {
        VerifyResult result = verify(SmallReports.SERVICE.open(reportFile).report(), workspace);
        assertThat(result.differences()).isEmpty();
        assertThat(result.matches()).isTrue();
        assertThat(result.filesChecked()).isEqualTo(2);
        assertThat(result.numbersChecked()).isGreaterThan(4_000);
    }

    @Test
    void catchesAChangedInputFileReimportedIntoAFreshWorkspace() throws Exception {
        Path changed = Files.createDirectory(temp.resolve("changed"));
        Files.copy(data.resolve("assignments.csv"), changed.resolve("assignments.csv"));
        Path fresh = ReportFixtures.workspace(temp.resolve("ws-changed"), changed.resolve("assignments.csv"),
                ReportFixtures.events(changed, "events.csv", 1.0));
        VerifyResult result = verify(report, fresh);
        assertThat(result.matches()).isFalse();
        List<Difference> files = result.in(Section.FINGERPRINT);
        assertThat(files).extracting(Difference::where).containsOnly("events.csv");
        assertThat(files).extracting(Difference::field).contains("sha256");
        ImportedFile before = ((WorkspaceSource) report.fingerprint().source()).files().get(1);
        assertThat(files.stream().filter(d -> d.field().equals("sha256")).findFirst().orElseThrow().reportValue())
                .isEqualTo(before.sha256());
        List<Difference> numbers = result.in(Section.STATISTICS);
        Moments revenue = report.statistics().metric("revenue").overall().get(0);
        assertThat(numbers).anySatisfy(d -> {
            assertThat(List.of(d.metric(), d.variant(), d.where(), d.field()))
                    .containsExactly("revenue", "control", "overall", "sumY");
            assertThat(d.reportValue()).isEqualTo(Double.toString(revenue.sumY()));
            assertThat(Double.parseDouble(d.currentValue())).isGreaterThan(revenue.sumY());
        });
        assertThat(numbers).extracting(Difference::metric).doesNotContain("purchase_rate", "views");
        assertThat(result.in(Section.RESULTS)).extracting(Difference::metric).contains("revenue")
                .doesNotContain("purchase_rate", "views");
    }

    @Test
    void catchesANumberChangedInTheReportFile() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ReportFiles.toJsonBytes(report));
        ArrayNode views = (ArrayNode) root.path("statistics").path("metrics").get(2).path("overall").get(1);
        assertThat(root.path("statistics").path("metrics").get(2).path("definition").path("name").asText())
                .isEqualTo("views");
        double sumY = views.get(1).asDouble();
        views.set(1, sumY + 10);
        views.set(2, views.get(2).asDouble() + 1000);
        ObjectNode row = (ObjectNode) root.path("results").path("rows").get(1);
        double p = row.get("p_value").asDouble();
        row.put("p_value", 0.001);
        Path edited = temp.resolve("edited.splitreport");
        HostileReportTest.writeZip(edited, JSON.writeValueAsBytes(root));

        VerifyResult result = verify(SmallReports.SERVICE.open(edited).report(), workspace);
        assertThat(result.in(Section.FINGERPRINT)).isEmpty();
        assertThat(result.in(Section.STATISTICS)).containsExactly(
                new Difference(Section.STATISTICS, "views", "treatment", "overall", "sumY", Double.toString(sumY + 10),
                        Double.toString(sumY)),
                new Difference(Section.STATISTICS, "views", "treatment", "overall", "sumY2",
                        Double.toString(report.statistics().metric("views").overall().get(1).sumY2() + 1000),
                        Double.toString(report.statistics().metric("views").overall().get(1).sumY2())));
        assertThat(result.in(Section.RESULTS)).contains(new Difference(Section.RESULTS, "purchase_rate", "treatment",
                "overall", "p_value", "0.001", Double.toString(p)));
    }

    @Test
    void listsFilesMissingFromTheWorkspaceAndFilesImportedSince() throws Exception {
        Path extra = ReportFixtures.write(data, "late-events.csv", "user_id,event_type,value,timestamp\n"
                + "u1,purchase,15.00,2025-03-12T10:00:00Z\nu4,purchase,25.00,2025-03-12T11:00:00Z\n");
        Path larger = ReportFixtures.workspace(temp.resolve("ws-larger"), data.resolve("assignments.csv"),
                data.resolve("events.csv"), extra);
        Report fromLarger = SmallReports.SERVICE.create(ReportFixtures.analyze(larger, ReportFixtures.spec()),
                Conclusion.NONE, ReportFixtures.source(larger));

        VerifyResult missing = verify(fromLarger, workspace);
        assertThat(missing.in(Section.FINGERPRINT)).contains(new Difference(Section.FINGERPRINT, "", "",
                "late-events.csv", "file", "present", "missing from the workspace"));
        VerifyResult added = verify(report, larger);
        assertThat(added.in(Section.FINGERPRINT)).contains(new Difference(Section.FINGERPRINT, "", "",
                "late-events.csv", "file", "not in the report", "imported in the workspace"));
        assertThat(added.in(Section.STATISTICS)).isNotEmpty();
    }
}
