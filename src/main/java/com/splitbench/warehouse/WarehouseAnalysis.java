package com.splitbench.warehouse;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.sql.QueryRunner;
import com.splitbench.analysis.sql.SqlStatisticsEngine;
import com.splitbench.analysis.sql.TableMapping;
import com.splitbench.common.UserFacingException;
import com.splitbench.spec.MetricDefinition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The warehouse runs of the analysis, for the command line and the window: connect, run the SQL engine on the
 * user's tables, close. Each call opens and closes its own connection.
 */
public final class WarehouseAnalysis {

    private WarehouseAnalysis() {
    }

    /** Analyses one experiment on the source; what the CLI calls for {@code analyze --source URL ...}. */
    public static WarehouseResult analyze(String jdbcUrl, Credentials credentials, TableMapping mapping,
            StatisticsRequest request, AnalysisMonitor monitor) {
        return analyze(DataSourceDefinition.of(jdbcUrl, mapping), credentials, Optional.empty(), request, monitor);
    }

    /** Analyses one experiment on a (saved) source, with an optional driver jar. */
    public static WarehouseResult analyze(DataSourceDefinition source, Credentials credentials,
            Optional<Path> driverJar, StatisticsRequest request, AnalysisMonitor monitor) {
        try (Connection connection = WarehouseConnections.open(source, credentials, driverJar)) {
            SqlStatisticsEngine engine = new SqlStatisticsEngine(connection, source.dialect(), source.mapping());
            ExperimentStatistics statistics = engine.compute(request, monitor);
            QueryRunner run = engine.lastRun().orElseThrow();
            return new WarehouseResult(statistics, SourceFingerprint.of(source, run.statements()),
                    run.statements().size(), run.rowsReceived(), run.bytesReceived());
        } catch (SQLException e) {
            throw new UserFacingException("The connection to " + source.engine() + " failed: " + e.getMessage(), e);
        }
    }

    /** The automatic metrics of an experiment on the source (for an analysis without a spec). */
    public static List<MetricDefinition> automaticMetrics(DataSourceDefinition source, Credentials credentials,
            Optional<Path> driverJar, String experimentKey) {
        try (Connection connection = WarehouseConnections.open(source, credentials, driverJar)) {
            return new SqlStatisticsEngine(connection, source.dialect(), source.mapping())
                    .automaticMetrics(experimentKey);
        } catch (SQLException e) {
            throw new UserFacingException("The connection to " + source.engine() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The connection dialog's "test connection": connects, checks that every mapped column exists, and says which
     * server answered. Throws a {@link UserFacingException} saying what is wrong.
     */
    public static String testConnection(DataSourceDefinition source, Credentials credentials,
            Optional<Path> driverJar) {
        try (Connection connection = WarehouseConnections.open(source, credentials, driverJar)) {
            SqlStatisticsEngine engine = new SqlStatisticsEngine(connection, source.dialect(), source.mapping());
            engine.checkMapping();
            DatabaseMetaData meta = connection.getMetaData();
            return "Connected to " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + "; the mapped columns of " + String.join(", ", source.mapping().describeSources()) + " exist.";
        } catch (SQLException e) {
            throw new UserFacingException("The connection to " + source.engine() + " failed: " + e.getMessage(), e);
        }
    }
}
