package com.splitbench.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.AnalysisService;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.StatisticsStore;
import com.splitbench.analysis.SufficientStatisticsEngine;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.local.WorkspaceEventData;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.ui.testing.SampleWorkspaces;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statistics kept in the workspace's folder answer a later session's analysis only for exactly what they were
 * computed from, and with the very numbers a fresh analysis gives.
 */
class SavedStatisticsTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private AnalysisSpec spec;
    private final AtomicInteger scans = new AtomicInteger();
    private final AtomicLong dataVersion = new AtomicLong();

    @BeforeEach
    void open() {
        workspace = Workspace.open(SampleWorkspaces.copyInto(folder));
        spec = ExperimentSpecs.of(new DefinitionRepository(workspace), "checkout_redesign");
        dataVersion.set(workspace.dataVersion());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** A new service, as a new session has, over the real engine, counting the scans of the data. */
    private AnalysisService session(StatisticsStore store) {
        SufficientStatisticsEngine real = new LocalStatisticsEngine(new WorkspaceEventData(workspace.eventStore()));
        SufficientStatisticsEngine counting = new SufficientStatisticsEngine() {
            @Override
            public List<MetricDefinition> automaticMetrics(String experimentKey) {
                return real.automaticMetrics(experimentKey);
            }

            @Override
            public ExperimentStatistics compute(StatisticsRequest request, AnalysisMonitor monitor) {
                scans.incrementAndGet();
                return real.compute(request, monitor);
            }
        };
        return new AnalysisService(counting, dataVersion::get, store);
    }

    private List<Path> keptFiles() throws Exception {
        Path kept = workspace.directory().resolve(SavedStatistics.FOLDER);
        if (!Files.isDirectory(kept)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(kept)) {
            return files.toList();
        }
    }

    @Test
    void aLaterSessionGetsTheSameStatisticsAndResultsWithoutScanningTheData() throws Exception {
        ExperimentStatistics computed = session(new SavedStatistics(workspace, "code 1"))
                .statistics(spec, AnalysisMonitor.NONE);
        assertThat(scans).hasValue(1);
        assertThat(keptFiles()).hasSize(1);

        AnalysisService later = session(new SavedStatistics(workspace, "code 1"));
        // Read again, as a later session does: the key is made of values, not of these objects.
        AnalysisSpec reread = ExperimentSpecs.of(new DefinitionRepository(workspace), "checkout_redesign");
        ExperimentStatistics kept = later.statistics(reread, AnalysisMonitor.NONE);

        assertThat(scans).as("no second scan").hasValue(1);
        assertThat(kept).isEqualTo(computed);
        AnalysisSpec resolved = later.resolve(spec);
        assertThat(ResultCalculator.calculate(kept, resolved))
                .isEqualTo(ResultCalculator.calculate(computed, resolved));
        assertThat(later.isCached(spec)).isTrue();
    }

    @Test
    void keepsNothingFromOtherCodeOtherDataOrOtherMetrics() {
        session(new SavedStatistics(workspace, "code 1")).statistics(spec, AnalysisMonitor.NONE);

        session(new SavedStatistics(workspace, "code 2")).statistics(spec, AnalysisMonitor.NONE);
        assertThat(scans).as("another build of the app").hasValue(2);

        dataVersion.incrementAndGet();
        session(new SavedStatistics(workspace, "code 1")).statistics(spec, AnalysisMonitor.NONE);
        assertThat(scans).as("data imported since").hasValue(3);

        dataVersion.decrementAndGet();
        AnalysisSpec fewer = spec.withMetrics(spec.metrics().subList(0, 1));
        session(new SavedStatistics(workspace, "code 1")).statistics(fewer, AnalysisMonitor.NONE);
        assertThat(scans).as("other metrics").hasValue(4);

        session(new SavedStatistics(workspace, "code 1")).statistics(spec, AnalysisMonitor.NONE);
        assertThat(scans).as("the first again").hasValue(4);
    }

    @Test
    void analysesAgainInsteadOfReadingADamagedFileAndKeepsAGoodOne() throws Exception {
        ExperimentStatistics computed = session(new SavedStatistics(workspace, "code 1"))
                .statistics(spec, AnalysisMonitor.NONE);
        Path file = keptFiles().get(0);
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 2));

        ExperimentStatistics again = session(new SavedStatistics(workspace, "code 1"))
                .statistics(spec, AnalysisMonitor.NONE);

        assertThat(scans).hasValue(2);
        assertThat(again).isEqualTo(computed);
        assertThat(Files.readString(file)).isEqualTo(json);
    }

    @Test
    void quickScansWithoutSeriesAreNeitherKeptNorAnsweredFromKeptOnes() throws Exception {
        session(new SavedStatistics(workspace, "code 1")).statistics(spec, AnalysisMonitor.NONE, false);

        assertThat(keptFiles()).isEmpty();
    }

    @Test
    void keepsTheMostRecentlyUsedFiles() throws Exception {
        AnalysisSpec one = spec.withMetrics(spec.metrics().subList(0, 1));
        AnalysisSpec two = spec.withMetrics(spec.metrics().subList(1, 2));
        AnalysisSpec three = spec.withMetrics(spec.metrics().subList(2, 3));
        session(new SavedStatistics(workspace, "code 1", 2)).statistics(one, AnalysisMonitor.NONE);
        session(new SavedStatistics(workspace, "code 1", 2)).statistics(two, AnalysisMonitor.NONE);
        Thread.sleep(20);
        session(new SavedStatistics(workspace, "code 1", 2)).statistics(one, AnalysisMonitor.NONE);
        Thread.sleep(20);
        session(new SavedStatistics(workspace, "code 1", 2)).statistics(three, AnalysisMonitor.NONE);
        assertThat(scans).hasValue(3);
        assertThat(keptFiles()).hasSize(2);

        session(new SavedStatistics(workspace, "code 1", 2)).statistics(one, AnalysisMonitor.NONE);
        session(new SavedStatistics(workspace, "code 1", 2)).statistics(three, AnalysisMonitor.NONE);
        assertThat(scans).as("one, used last before three, was kept").hasValue(3);
        session(new SavedStatistics(workspace, "code 1", 2)).statistics(two, AnalysisMonitor.NONE);
        assertThat(scans).as("two was dropped").hasValue(4);
    }

    @Test
    void keepsNothingWhenTheAppRunsFromClassFolders() {
        assertThat(SavedStatistics.forWorkspace(workspace)).isSameAs(StatisticsStore.NONE);
    }
}
