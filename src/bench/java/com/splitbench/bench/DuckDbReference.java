package com.splitbench.bench;

import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.Workspace;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The reference point of the analysis benchmark: the same rows loaded into an in-memory DuckDB, and the
 * join-and-aggregate query for the benchmark's five metrics (first exposure, exclusion of users in several
 * variants, events at or after exposure, the 14-day CUPED pre-period), overall per variant. Only the query is
 * timed; it does less than Splitbench's pass (no percentile cap, no segments, no time series).
 */
final class DuckDbReference {

    private static final String QUERY = """
            WITH first_assignment AS (
                SELECT unit, min(t) AS exposure, min(variant) AS variant, count(DISTINCT variant) AS variants
                FROM assignments GROUP BY unit),
            analysed AS (SELECT unit, exposure, variant FROM first_assignment WHERE variants = 1),
            per_user AS (
                SELECT a.unit, a.variant,
                    max(CASE WHEN e.type = ? AND e.t >= a.exposure THEN 1 ELSE 0 END) AS purchased,
                    sum(CASE WHEN e.type = ? AND e.t >= a.exposure THEN coalesce(e.value, 0) ELSE 0 END) AS revenue,
                    sum(CASE WHEN e.type = ? AND e.t < a.exposure AND e.t >= a.exposure - 1209600000
                        THEN coalesce(e.value, 0) ELSE 0 END) AS revenue_pre,
                    max(CASE WHEN e.type = ? AND e.t >= a.exposure THEN 1 ELSE 0 END) AS carted,
                    sum(CASE WHEN e.type = ? AND e.t >= a.exposure THEN 1 ELSE 0 END) AS views,
                    sum(CASE WHEN e.type = ? AND e.t >= a.exposure THEN 1 ELSE 0 END) AS purchases,
                    sum(CASE WHEN e.type = ? AND e.t >= a.exposure THEN 1 ELSE 0 END) AS sessions
                FROM analysed a LEFT JOIN events e ON e.unit = a.unit AND (e.experiment = -1 OR e.experiment = ?)
                GROUP BY a.unit, a.variant)
            SELECT variant, count(*) AS n, sum(purchased), sum(revenue), sum(revenue * revenue),
                sum(revenue_pre), sum(revenue_pre * revenue_pre), sum(revenue * revenue_pre), sum(carted),
                sum(views), sum(views * views), sum(purchases), sum(sessions), sum(purchases * sessions)
            FROM per_user GROUP BY variant ORDER BY variant""";

    private DuckDbReference() {
    }

    static void run(Workspace workspace, String experimentKey) throws Exception {
        EventStore store = workspace.eventStore();
        int experiment = store.symbolId(experimentKey).orElseThrow();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE assignments(unit INTEGER, variant INTEGER, t BIGINT)");
                statement.execute("CREATE TABLE events(unit INTEGER, experiment INTEGER, type INTEGER, "
                        + "value DOUBLE, t BIGINT)");
            }
            long load = System.nanoTime();
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "assignments")) {
                store.assignments(ChunkFilter.experiment(experiment), chunk -> {
                    try {
                        for (int i = 0; i < chunk.size(); i++) {
                            appender.beginRow();
                            appender.append(chunk.unit()[i]);
                            appender.append(chunk.variant()[i]);
                            appender.append(chunk.timeMillis()[i]);
                            appender.endRow();
                        }
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
                store.events(ChunkFilter.all(), chunk -> {
                    try {
                        for (int i = 0; i < chunk.size(); i++) {
                            appender.beginRow();
                            appender.append(chunk.unit()[i]);
                            appender.append(chunk.experiment()[i]);
                            appender.append(chunk.eventType()[i]);
                            appender.append(chunk.value()[i]);
                            appender.append(chunk.timeMillis()[i]);
                            appender.endRow();
                        }
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            System.out.printf(Locale.ROOT, "DuckDB: loaded the rows through its appender in %.1f s (not timed "
                    + "below)%n", AnalysisBenchmark.seconds(load));
            int purchase = store.symbolId("purchase").orElseThrow();
            int cart = store.symbolId("add_to_cart").orElseThrow();
            int view = store.symbolId("page_view").orElseThrow();
            int session = store.symbolId("session").orElseThrow();
            double best = Double.MAX_VALUE;
            for (int run = 1; run <= 3; run++) {
                long t = System.nanoTime();
                try (PreparedStatement query = connection.prepareStatement(QUERY)) {
                    int[] params = {purchase, purchase, purchase, cart, view, purchase, session, experiment};
                    for (int i = 0; i < params.length; i++) {
                        query.setInt(i + 1, params[i]);
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            if (run == 1) {
                                System.out.printf(Locale.ROOT, "DuckDB variant %s: n=%d purchased=%d%n",
                                        store.symbol(rows.getInt(1)), rows.getLong(2), rows.getLong(3));
                            }
                        }
                    }
                }
                double s = AnalysisBenchmark.seconds(t);
                best = Math.min(best, s);
                System.out.printf(Locale.ROOT, "DuckDB join-and-aggregate query, run %d: %.2f s%n", run, s);
            }
            System.out.printf(Locale.ROOT, "DUCKDB query best of 3: %.2f s%n", best);
        }
    }
}
