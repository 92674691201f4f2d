package com.splitbench.analysis.sql;

import com.splitbench.analysis.AnalysisMonitor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prepares the engine's statements with their bound values, and runs each while a watcher thread cancels it as soon
 * as the user cancels the analysis (a statement can run for minutes on a large warehouse).
 */
final class CancellableStatements {

    private static final long CANCEL_POLL_MILLIS = 250;

    private final Connection connection;
    private final AnalysisMonitor monitor;

    CancellableStatements(Connection connection, AnalysisMonitor monitor) {
        this.connection = connection;
        this.monitor = monitor;
    }

    /** A step that throws SQLException. */
    @FunctionalInterface
    interface SqlStep<T> {
        T run() throws SQLException;
    }

    PreparedStatement prepare(SqlText sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.sql());
        List<Object> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    /** Runs a statement that returns no rows. */
    void execute(SqlText sql) throws SQLException {
        try (PreparedStatement statement = prepare(sql)) {
            watched(statement, statement::execute);
        }
    }

    /** Runs {@code step} while a watcher cancels {@code statement} as soon as the user cancels. */
    <T> T watched(PreparedStatement statement, SqlStep<T> step) throws SQLException {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "splitbench-sql-cancel");
            thread.setDaemon(true);
            return thread;
        });
        try {
            watcher.scheduleAtFixedRate(() -> cancelIfAsked(statement), CANCEL_POLL_MILLIS, CANCEL_POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
            return step.run();
        } finally {
            watcher.shutdownNow();
        }
    }

    private void cancelIfAsked(PreparedStatement statement) {
        if (monitor.isCancelled()) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // The statement finished or the driver cannot cancel: the check after it reports the cancel.
            }
        }
    }
}
