package com.splitbench.bench;

import com.splitbench.analysis.AnalysisMonitor;
import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.local.LocalStatisticsEngine;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.sql.AssignmentSource;
import com.splitbench.analysis.sql.EventSource;
import com.splitbench.analysis.sql.PostgresCluster;
import com.splitbench.analysis.sql.PostgresDialect;
import com.splitbench.analysis.sql.QueryRunner;
import com.splitbench.analysis.sql.SourceRelation;
import com.splitbench.analysis.sql.SqlStatisticsEngine;
import com.splitbench.analysis.sql.StatisticsAgreement;
import com.splitbench.analysis.sql.TableMapping;
import com.splitbench.analysis.sql.TimeColumn;
import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.UserAggregate.Aggregation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The warehouse engine on a local PostgreSQL server against the local engine, on the same seeded export in the
 * same run: a 1M-user, 10M-event experiment with 5 metrics (capping, CUPED, a ratio, windows) and both time series.
 * Starts a throwaway cluster (as the tests do), loads the export with COPY, runs each engine twice (cold, warm),
 * checks that they agree to 1e-9 relative and prints times, statements, summary rows and bytes received.
 *
 * <p>Run: {@code mvn -o test-compile} then
 * {@code java -Xmx8g -cp target/classes:target/test-classes:$(cat cp.txt) com.splitbench.bench.WarehouseBenchmark
 * [users] [events] [options]} where cp.txt holds {@code mvn dependency:build-classpath}. Options:
 * {@code --no-series} (as {@code analyze} on the command line), {@code --no-temporary-tables} (the self-contained
 * statements used where temporary tables cannot be created), {@code --work-mem=SIZE} (the connection's work_mem,
 * 256MB by default; {@code server} keeps the server's), {@code --set=name=value} (another setting for the
 * connection, e.g. {@code --set=jit=off}).
 */
public final class WarehouseBenchmark {

    private WarehouseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args).stream().filter(a -> a.startsWith("--")).toList();
        List<String> sizes = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        int users = sizes.size() > 0 ? Integer.parseInt(sizes.get(0)) : 1_000_000;
        int events = sizes.size() > 1 ? Integer.parseInt(sizes.get(1)) : 10_000_000;
        boolean series = !options.contains("--no-series");
        boolean temporaryTables = !options.contains("--no-temporary-tables");
        String workMem = options.stream().filter(o -> o.startsWith("--work-mem=")).map(o -> o.substring(11))
                .findFirst().orElse("256MB");
        List<String> settings = new java.util.ArrayList<>();
        if (!workMem.equals("server")) {
            settings.add("work_mem=" + workMem);
        }
        options.stream().filter(o -> o.startsWith("--set=")).map(o -> o.substring(6)).forEach(settings::add);
        String url = settings.isEmpty() ? "" : "&options=" + String.join("%20", settings.stream()
                .map(setting -> "-c%20" + setting.replace("=", "%3D")).toList());
        System.out.printf("options: series %s, temporary tables %s, session settings %s; load average %s%n",
                series, temporaryTables, settings, loadAverage());
        Path binaries = PostgresCluster.findBinaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL binaries not found: apt-get install postgresql"));
        long t0 = System.nanoTime();
        BenchmarkExport export = new BenchmarkExport(42, users, events);
        System.out.printf("generated %,d users and %,d events in %.1f s%n", users, events, seconds(t0));
        try (PostgresCluster cluster = PostgresCluster.start(binaries);
                Connection connection = DriverManager.getConnection(cluster.jdbcUrl() + url)) {
            t0 = System.nanoTime();
            PostgresLoader.load(connection, export);
            System.out.printf("loaded into PostgreSQL with COPY (and ANALYZE) in %.1f s; tables hold %s%n",
                    seconds(t0), tableSizes(connection));
            StatisticsRequest request = new StatisticsRequest(ExperimentDefinition.of(BenchmarkExport.EXPERIMENT),
                    metrics(), true, series);
            SqlStatisticsEngine sql = new SqlStatisticsEngine(connection, new PostgresDialect(), mapping(),
                    temporaryTables);
            LocalStatisticsEngine local = new LocalStatisticsEngine(export);
            ExperimentStatistics fromSql = null;
            ExperimentStatistics fromLocal = null;
            long backend = backendPid(connection);
            for (String round : List.of("cold", "warm")) {
                double cpu0 = cpuSeconds(backend);
                t0 = System.nanoTime();
                fromSql = sql.compute(request, AnalysisMonitor.NONE);
                double sqlSeconds = seconds(t0);
                double sqlCpu = cpuSeconds(backend) - cpu0;
                QueryRunner run = sql.lastRun().orElseThrow();
                t0 = System.nanoTime();
                fromLocal = local.compute(request, AnalysisMonitor.NONE);
                double localSeconds = seconds(t0);
                System.out.printf("%s: PostgreSQL %.2f s, its backend's CPU %.2f s (%d statements, %,d rows, %,d bytes "
                        + "received); local engine %.2f s; load average %s%n", round, sqlSeconds, sqlCpu,
                        run.statements().size(), run.rowsReceived(), run.bytesReceived(), localSeconds, loadAverage());
                run.times().forEach(t -> System.out.printf("    %-28s %7.2f s%n", t.purpose(), t.seconds()));
            }
            StatisticsAgreement.assertAgree(fromLocal, fromSql);
            System.out.println("the two engines agree to 1e-9 relative on every moment, series point and histogram");
        }
    }

    static TableMapping mapping() {
        return TableMapping.ofEvents(new AssignmentSource(SourceRelation.table("assignments"), "user_id",
                Optional.of("experiment"), "variant", TimeColumn.timestamp("assigned_at"), List.of("device", "country"),
                Optional.empty()), new EventSource(SourceRelation.table("events"), "user_id", Optional.empty(),
                "event_type", Optional.of("value"), TimeColumn.epochMillis("event_time")));
    }

    static List<MetricDefinition> metrics() {
        return List.of(
                MetricDefinition.of("purchase_rate", new MetricKind.Binary("purchase", null))
                        .withWindow(new ConversionWindow(Duration.ZERO, Optional.of(Duration.ofDays(7))))
                        .withCuped(new Cuped(true, Duration.ofDays(2))),
                MetricDefinition.of("revenue", new MetricKind.Mean("purchase", null))
                        .withCapping(new Capping.Percentile(0.99)).withCuped(new Cuped(true, Duration.ofDays(2))),
                MetricDefinition.of("page_views", new MetricKind.Count("page_view", null)),
                MetricDefinition.of("revenue_per_session", new MetricKind.Ratio(
                        new UserAggregate("purchase", Aggregation.SUM, null),
                        new UserAggregate("session", Aggregation.COUNT, null))),
                MetricDefinition.of("carts_3d", new MetricKind.Count("add_to_cart", null))
                        .withWindow(new ConversionWindow(Duration.ZERO, Optional.of(Duration.ofDays(3)))));
    }

    private static String tableSizes(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT pg_size_pretty(pg_total_relation_size('assignments')), "
                        + "pg_size_pretty(pg_total_relation_size('events'))")) {
            rows.next();
            return "assignments " + rows.getString(1) + ", events " + rows.getString(2);
        }
    }

    private static long backendPid(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The CPU time (user + system) of the server process serving the connection, from /proc (the cluster runs on
     * this machine): less disturbed than the wall time by other work on a shared machine. NaN where unreadable.
     */
    private static double cpuSeconds(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks, 100 per second on Linux.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), since other work on the machine slows the engines down. */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
