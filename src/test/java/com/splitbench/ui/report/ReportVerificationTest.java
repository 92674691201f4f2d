package com.splitbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.common.UserFacingException;
import com.splitbench.report.Report;
import com.splitbench.report.verify.Difference;
import com.splitbench.report.verify.Difference.Section;
import com.splitbench.report.verify.VerifyResult;
import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** Verify on a report's page, with the recomputation scripted: what it says, and when it can run. */
class ReportVerificationTest {

    private final Report report = SampleReports.checkout(Path.of("/r/q1.splitreport")).report();
    private final SimpleBooleanProperty workspaceOpen = new SimpleBooleanProperty(true);
    private final List<Report> checked = new ArrayList<>();
    private VerifyResult answer;
    private Exception failure;

    private final ReportVerification verification = new ReportVerification(() -> report, (r, task) -> {
        checked.add(r);
        if (failure != null) {
            throw failure;
        }
        return answer;
    }, new CurrentThreadTaskExecutor(error -> {
        throw new AssertionError(error);
    }), workspaceOpen);

    @Test
    void saysThatEveryNumberMatches() {
        answer = new VerifyResult("checkout_redesign", List.of(), 2, 13_744, 1e-9);

        verification.verify();

        assertThat(checked).containsExactly(report);
        assertThat(verification.outcomeProperty().get()).isEqualTo(ReportVerification.Outcome.MATCHES);
        assertThat(verification.summaryProperty().get()).isEqualTo("Every number matches the workspace: 13,744 "
                + "numbers and 2 input files compared.");
        assertThat(verification.differences()).isEmpty();
        assertThat(verification.runningProperty().get()).isFalse();
    }

    @Test
    void listsTheDifferencesAndNamesTheChangedInputFiles() {
        List<Difference> differences = List.of(
                new Difference(Section.FINGERPRINT, "", "", "events.csv.gz", "sha256", "1a27", "9f00"),
                new Difference(Section.FINGERPRINT, "", "", "events.csv.gz", "rowsImported", "199621", "199700"),
                new Difference(Section.FINGERPRINT, "", "", "late.csv", "file", "not in the report",
                        "imported in the workspace"),
                new Difference(Section.FINGERPRINT, "", "", "exclusions", "assignedUsers", "16019", "16030"),
                new Difference(Section.STATISTICS, "purchase_rate", "control", "overall", "sumY", "523", "530"),
                new Difference(Section.RESULTS, "purchase_rate", "treatment_b", "overall", "p_value", "0.001",
                        "0.002"),
                new Difference(Section.RESULTS, "purchase_rate", "treatment_b", "overall", "mean", "0.1225",
                        "0.1230"));
        answer = new VerifyResult("checkout_redesign", differences, 2, 13_744, 1e-9);

        verification.verify();

        assertThat(verification.outcomeProperty().get()).isEqualTo(ReportVerification.Outcome.DIFFERS);
        assertThat(verification.differences()).containsExactlyElementsOf(differences);
        assertThat(verification.summaryProperty().get()).isEqualTo("7 differences (13,744 numbers and 2 input "
                + "files compared): the input file events.csv.gz changed; late.csv was imported since; the exclusion "
                + "counts differ; 1 statistic differs; 2 numbers in the results table differ.");
        assertThat(VerifyWords.field("sha256")).isEqualTo("SHA-256");
    }

    @Test
    void namesAFileMissingFromTheWorkspace() {
        answer = new VerifyResult("checkout_redesign", List.of(new Difference(Section.FINGERPRINT, "", "",
                "assignments.csv.gz", "file", "present", "missing from the workspace")), 2, 10, 1e-9);

        verification.verify();

        assertThat(verification.summaryProperty().get()).endsWith(": assignments.csv.gz is missing from the "
                + "workspace.");
    }

    @Test
    void doesNotRunWithoutAnOpenWorkspace() {
        workspaceOpen.set(false);

        verification.verify();

        assertThat(verification.availableProperty().get()).isFalse();
        assertThat(checked).isEmpty();
        assertThat(verification.summaryProperty().get()).isEqualTo(ReportVerification.NOT_RUN_TEXT);
    }

    @Test
    void saysWhyTheCheckCouldNotRun() {
        failure = new UserFacingException("The experiment checkout_redesign is not in this workspace.");

        verification.verify();

        assertThat(verification.outcomeProperty().get()).isEqualTo(ReportVerification.Outcome.FAILED);
        assertThat(verification.summaryProperty().get()).isEqualTo("Verify could not run: The experiment "
                + "checkout_redesign is not in this workspace.");
        assertThat(verification.availableProperty().get()).isTrue();
    }
}
