package com.splitbench.analysis.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.ValueFilter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values (experiment key, event types, filter operands, times) reach the engine as bound parameters only. */
class BoundValuesTest {

    private static final String HOSTILE_KEY = "it's'); DROP TABLE events; --";

    @Test
    void filterOperandsEventTypesAndTheExperimentKeyAreBoundNotWritten() {
        MetricDefinition metric = MetricDefinition.of("big", new MetricKind.Binary("purchase'--",
                new ValueFilter(ValueFilter.Op.GT, 123.25)));
        AnalysisPlan plan = new AnalysisPlan(new PostgresDialect(), AgreementCases.eventMapping(false), HOSTILE_KEY,
                OptionalLong.of(1_234_567), OptionalLong.of(7_654_321),
                MetricPlanner.plan(List.of(metric), true, List.of(), Set.of()), Set.of());
        SqlText sql = MomentsQuery.build(plan, java.util.Map.of(), List.of(), java.util.Optional.empty()).single();
        assertThat(sql.sql()).doesNotContain("123.25").doesNotContain("purchase").doesNotContain("DROP")
                .doesNotContain("1234567").doesNotContain("7654321");
        assertThat(sql.params()).contains(123.25, "purchase'--", HOSTILE_KEY, 1_234_567L, 7_654_321L);
        assertThat(sql.sql().chars().filter(c -> c == '?').count()).isEqualTo(sql.params().size());
    }

    @Test
    void anExperimentKeyWithQuotesAndSemicolonsIsAnalysedAndRunsNothingElse() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:bound")) {
            GeneratedExport export = new GeneratedExport(7, 120);
            export.assignments.replaceAll(a -> a.experiment().equals(GeneratedExport.EXPERIMENT)
                    ? new GeneratedExport.Assignment(a.user(), HOSTILE_KEY, a.variant(), a.time(), a.dims()) : a);
            new ExportLoader(connection, "DOUBLE PRECISION", false).load(export);
            ExperimentStatistics stats = new SqlStatisticsEngine(connection, new H2Dialect(),
                    AgreementCases.eventMapping(false)).compute(new StatisticsRequest(ExperimentDefinition.of(
                            HOSTILE_KEY), AgreementCases.eventMetrics().subList(0, 2), true, false),
                    AnalysisMonitor.NONE);
            assertThat(stats.users().stream().mapToLong(Long::longValue).sum()).isPositive();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM events")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(export.events.size());
            }
        }
    }
}
