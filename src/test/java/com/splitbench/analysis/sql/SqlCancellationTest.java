package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.analysis.AnalysisCancelledException;
import com.splitbench.analysis.AnalysisMonitor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cancelled analysis stops before its next statement and says so, with nothing half-returned. */
class SqlCancellationTest {

    @Test
    void cancellingDuringAnAnalysisStopsItWithTheCancelledException() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:cancel")) {
            new ExportLoader(connection, "DOUBLE PRECISION", false).load(new GeneratedExport(3, 60));
            AtomicInteger progress = new AtomicInteger();
            AnalysisMonitor cancelAfterTwoSteps = new AnalysisMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    progress.incrementAndGet();
                }

                @Override
                public boolean isCancelled() {
                    return progress.get() >= 2;
                }
            };
            SqlStatisticsEngine engine = new SqlStatisticsEngine(connection, new H2Dialect(),
                    AgreementCases.eventMapping(false));
            assertThatThrownBy(() -> engine.compute(AgreementCases.requests().get("all event metrics with series"),
                    cancelAfterTwoSteps)).isInstanceOf(AnalysisCancelledException.class);
        }
    }
}
