package com.splitbench.analysis.sql;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine's statements with their bound values, cancels a running statement when the user cancels, and
 * counts what comes back (rows and payload bytes: 8 per number, the UTF-8 length of text, 0 for NULL), so that
 * benchmarks can show that only summary rows travel.
 */
public final class QueryRunner {

    private static final System.Logger LOG = System.getLogger(QueryRunner.class.getName());

    private final Connection connection;
    private final AnalysisMonitor monitor;
    private final CancellableStatements cancellable;
    private final List<String> statements = new ArrayList<>();
    private final List<StatementTime> times = new ArrayList<>();
    private long rows;
    private long bytes;

    public QueryRunner(Connection connection, AnalysisMonitor monitor) {
        this.connection = connection;
        this.monitor = monitor;
        this.cancellable = new CancellableStatements(connection, monitor);
    }

    /** How long one statement took, from sending it to reading its last row; for benchmarks. */
    public record StatementTime(String purpose, double seconds) {
    }

    /** Reads the rows of a result set. */
    @FunctionalInterface
    public interface RowsReader<T> {
        T read(Rows rows) throws SQLException;
    }

    /** Adds a received row's size to the totals. */
    void count(long rowBytes) {
        rows++;
        bytes += rowBytes;
    }

    /**
     * Runs {@code query} and hands its rows to {@code reader}. {@code purpose} names it in error messages. On
     * engines that re-evaluate CTEs per joined row, the CTEs run first into indexed temporary tables.
     */
    public <T> T query(String purpose, SqlQuery query, RowsReader<T> reader) {
        monitor.checkCancelled();
        statements.add(query.single().sql());
        long start = System.nanoTime();
        try {
            T result = inTransaction(query.dialect(), () -> run(query, reader));
            times.add(new StatementTime(purpose, (System.nanoTime() - start) / 1e9));
            return result;
        } catch (SQLException e) {
            monitor.checkCancelled();
            throw new UserFacingException("The SQL engine could not run the " + purpose + " query: "
                    + firstLine(e.getMessage()) + " Check the table mapping (table and column names, time column "
                    + "types) and the connection.", e);
        }
    }

    /**
     * Creates the temporary table {@code name} from {@code query}, then runs the dialect's statements for a new
     * temporary table (statistics, an index on the unit). Returns false, with nothing left behind, when the engine
     * refuses (a user without the right to create temporary tables, say), so that the analysis can go on without
     * it; a cancel still throws.
     */
    boolean createTemporaryTable(String name, SqlQuery query) {
        monitor.checkCancelled();
        if (!autoCommit()) {
            // A failed statement would abort the caller's own transaction on some engines (PostgreSQL).
            return false;
        }
        SqlDialect dialect = query.dialect();
        statements.add(dialect.createTemporaryTable(name, query.single()).sql());
        boolean[] created = {false};
        long start = System.nanoTime();
        try {
            inTransaction(dialect, () -> {
                boolean stepwise = dialect.reevaluatesCtes() && !query.ctes().isEmpty();
                try {
                    if (stepwise) {
                        for (SqlQuery.Cte cte : query.ctes()) {
                            materialize(cte, dialect);
                        }
                    }
                    cancellable.execute(dialect.createTemporaryTable(name, stepwise ? query.select()
                            : query.single()));
                    created[0] = true;
                } finally {
                    if (stepwise) {
                        dropAll(query);
                    }
                }
                for (String statement : dialect.afterCreatingTemporaryTable(name)) {
                    cancellable.execute(new SqlText(dialect).add(statement));
                }
                return null;
            });
            times.add(new StatementTime("keep " + name, (System.nanoTime() - start) / 1e9));
            return true;
        } catch (SQLException e) {
            if (created[0]) {
                // Only a table this call made: the name may be a user's own table that made the create fail.
                dropTemporaryTable(dialect, name);
            }
            monitor.checkCancelled();
            LOG.log(System.Logger.Level.INFO, "Could not keep " + name + " in a temporary table ("
                    + firstLine(e.getMessage()) + "); the statements compute it themselves.");
            return false;
        }
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Drops a temporary table of this run; a table that is not there, or a closed connection, is no error. */
    void dropTemporaryTable(SqlDialect dialect, String name) {
        try (PreparedStatement drop = connection.prepareStatement(dialect.dropTemporaryTable(name))) {
            drop.execute();
        } catch (SQLException ignored) {
            // Nothing is left to clean: the table was never created, or the session (and its tables) is gone.
        }
    }

    /**
     * Runs {@code step} in a transaction of its own when the dialect has settings for it ({@code SET LOCAL ...}) and
     * the connection is in auto-commit mode; otherwise as it is.
     */
    private <T> T inTransaction(SqlDialect dialect, CancellableStatements.SqlStep<T> step) throws SQLException {
        List<String> settings = dialect.transactionSettings();
        boolean ownTransaction = !settings.isEmpty() && connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        try {
            for (String setting : settings) {
                try (PreparedStatement statement = connection.prepareStatement(setting)) {
                    statement.execute();
                }
            }
            T result = step.run();
            if (ownTransaction) {
                connection.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(ownTransaction);
            throw e;
        } finally {
            if (ownTransaction) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // The connection is broken; the next statement reports it.
                }
            }
        }
    }

    /** Runs the query as one statement, or step by step on engines that re-evaluate CTEs. */
    private <T> T run(SqlQuery query, RowsReader<T> reader) throws SQLException {
        boolean stepwise = query.dialect().reevaluatesCtes() && !query.ctes().isEmpty();
        try {
            if (stepwise) {
                for (SqlQuery.Cte cte : query.ctes()) {
                    materialize(cte, query.dialect());
                }
            }
            SqlText select = stepwise ? query.select() : query.single();
            try (PreparedStatement statement = cancellable.prepare(select)) {
                return cancellable.watched(statement, () -> {
                    try (ResultSet resultSet = statement.executeQuery()) {
                        return reader.read(new Rows(resultSet, this));
                    }
                });
            }
        } finally {
            if (stepwise) {
                dropAll(query);
            }
        }
    }

    private void rollbackQuietly(boolean ownTransaction) {
        if (ownTransaction) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // The connection is broken; the failure being reported says so.
            }
        }
    }

    private void materialize(SqlQuery.Cte cte, SqlDialect dialect) throws SQLException {
        cancellable.execute(dialect.createTemporaryTable(cte.name(), cte.body()));
        boolean hasUnit;
        try (PreparedStatement probe = connection.prepareStatement("SELECT * FROM " + cte.name() + " WHERE 1 = 0");
                ResultSet columns = probe.executeQuery()) {
            hasUnit = false;
            for (int i = 1; i <= columns.getMetaData().getColumnCount(); i++) {
                hasUnit |= columns.getMetaData().getColumnLabel(i).equalsIgnoreCase("unit_id");
            }
        }
        if (hasUnit) {
            for (String statement : dialect.afterCreatingTemporaryTable(cte.name())) {
                cancellable.execute(new SqlText(dialect).add(statement));
            }
        }
    }

    private void dropAll(SqlQuery query) {
        for (SqlQuery.Cte cte : query.ctes()) {
            dropTemporaryTable(query.dialect(), cte.name());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** The SQL of every statement run so far, in order (values are bound, so none appear here). */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** The time of each statement that succeeded, in order. */
    public List<StatementTime> times() {
        return List.copyOf(times);
    }

    public long rowsReceived() {
        return rows;
    }

    public long bytesReceived() {
        return bytes;
    }
}
