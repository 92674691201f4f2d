package com.splitbench.bench;

import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.ImportSummary;
import com.splitbench.ingest.Importer;
import com.splitbench.ingest.source.CsvRecordReader;
import com.splitbench.ingest.source.OpenedFile;
import com.splitbench.sample.SampleExport;
import com.splitbench.sample.SampleExportGenerator;
import com.splitbench.sample.SampleFiles;
import com.splitbench.sample.SampleSize;
import com.splitbench.workspace.ChunkFilter;
import com.splitbench.workspace.EventStore;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The import benchmark (see BENCHMARKS.md and README for the command). Generates the benchmark export (1M users,
 * 10M metric events, {@link SampleExportGenerator}) once into {@code bench-data/} (git-ignored), then in one run:
 * splits the events file with the
 * tokenizer alone, imports both files into a fresh workspace, reads all events back into primitive arrays, and
 * loads the same events file through H2's {@code CREATE TABLE AS SELECT * FROM CSVREAD} as the baseline.
 *
 * <p>Sizes can be changed with {@code -Dusers=N -Devents=N}; the directory is the first argument.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench-data").toAbsolutePath();
        int users = Integer.getInteger("users", SampleSize.BENCHMARK.users());
        long events = Long.getLong("events", SampleSize.BENCHMARK.events());
        boolean baseline = !Boolean.getBoolean("skipBaseline");
        Path exportDir = dir.resolve("export-" + users + "-" + events);
        Path assignmentsFile = exportDir.resolve("assignments.csv");
        Path eventsFile = exportDir.resolve("events.csv");
        if (!Files.exists(eventsFile)) {
            long t = System.nanoTime();
            SampleExport export = new SampleExportGenerator(SampleExportGenerator.SAMPLE_DATA_SEED)
                    .write(exportDir, new SampleSize(users, events), SampleFiles.PLAIN);
            System.out.printf(Locale.ROOT, "generated %d assignment and %d event rows in %.1f s (%d and %d"
                    + " duplicate rows planted)%n", export.assignmentRows(), export.eventRows(), seconds(t),
                    export.mess().duplicateAssignmentRows(), export.mess().duplicateEventRows());
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        long eventBytes = Files.size(eventsFile);
        long assignmentBytes = Files.size(assignmentsFile);
        System.out.printf(Locale.ROOT, "files: %s %d MB, %s %d MB%n", assignmentsFile.getFileName(),
                assignmentBytes >> 20, eventsFile.getFileName(), eventBytes >> 20);

        tokenizeOnly(eventsFile, eventBytes);

        Path workspaceDir = dir.resolve("workspace");
        deleteRecursively(workspaceDir);
        PeakHeap peak = PeakHeap.start();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ImportSummary summary;
        try (Workspace workspace = Workspace.create(workspaceDir)) {
            summary = new Importer(workspace).run(new ImportRequest(List.of(
                    new ImportSource(assignmentsFile, ImportShape.ASSIGNMENTS),
                    new ImportSource(eventsFile, ImportShape.EVENTS)), ImportOptions.defaults()),
                    ImportListener.NONE, new Cancellation());
        }
        double importSeconds = seconds(t0);
        double importCpu = (processCpuNanos() - cpu0) / 1e9;
        long peakBytes = peak.stop();
        long rows = summary.rowsRead();
        System.out.println(summary.summaryLine());
        System.out.printf(Locale.ROOT, "import: %.2f s, %.2f M rows/s, %.0f MB/s, peak heap used %d MB,"
                + " workspace file %d MB%n", importSeconds, rows / importSeconds / 1e6,
                (eventBytes + assignmentBytes) / importSeconds / 1e6, peakBytes >> 20,
                Files.size(workspaceDir.resolve("workspace.mv.db")) >> 20);
        System.out.printf(Locale.ROOT, "import CPU: %.1f s of process CPU time (%.2f cores busy on average);"
                + " %.0f ns of CPU per row; on 2 idle cores that is at most %.2f M rows/s%n", importCpu,
                importCpu / importSeconds, importCpu / rows * 1e9, rows / (importCpu / 2) / 1e6);

        readBack(workspaceDir);

        if (baseline) {
            csvReadBaseline(dir, eventsFile, eventBytes);
        }
    }

    private static void tokenizeOnly(Path eventsFile, long bytes) throws IOException {
        long t = System.nanoTime();
        long rows = 0;
        long checksum = 0;
        try (OpenedFile file = OpenedFile.open(eventsFile);
                CsvRecordReader reader = new CsvRecordReader(file.content(), (byte) ',', "events")) {
            while (reader.next()) {
                rows++;
                checksum += reader.ends()[reader.fieldCount() - 1];
            }
        }
        double s = seconds(t);
        System.out.printf(Locale.ROOT, "tokenize only (read + SHA-256 + split fields): %.2f s, %.2f M rows/s,"
                + " %.0f MB/s (checksum %d)%n", s, rows / s / 1e6, bytes / s / 1e6, checksum % 1000);
    }

    private static void readBack(Path workspaceDir) {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            EventStore store = workspace.eventStore();
            long t = System.nanoTime();
            int n = (int) store.rowCount(com.splitbench.workspace.store.ChunkKind.EVENTS);
            int[] unit = new int[n];
            int[] type = new int[n];
            double[] value = new double[n];
            long[] time = new long[n];
            int[] at = {0};
            store.events(ChunkFilter.all(), chunk -> {
                System.arraycopy(chunk.unit(), 0, unit, at[0], chunk.size());
                System.arraycopy(chunk.eventType(), 0, type, at[0], chunk.size());
                System.arraycopy(chunk.value(), 0, value, at[0], chunk.size());
                System.arraycopy(chunk.timeMillis(), 0, time, at[0], chunk.size());
                at[0] += chunk.size();
            });
            double s = seconds(t);
            System.out.printf(Locale.ROOT, "read %d events into primitive arrays: %.2f s (%.1f M rows/s);"
                    + " %d units, %d symbols%n", at[0], s, at[0] / s / 1e6, store.unitCount(), store.symbolCount());
            long t2 = System.nanoTime();
            int experiment = store.symbolId("checkout_redesign").orElseThrow();
            long[] assigned = {0};
            store.assignments(ChunkFilter.experiment(experiment), chunk -> assigned[0] += chunk.size());
            System.out.printf(Locale.ROOT, "read %d assignments of one experiment: %.3f s%n", assigned[0],
                    seconds(t2));
        }
    }

    private static void csvReadBaseline(Path dir, Path eventsFile, long bytes) throws Exception {
        Path db = dir.resolve("h2-baseline");
        deleteRecursively(db);
        Files.createDirectories(db);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db.resolve("baseline")
                + ";AUTO_SERVER=FALSE", "sa", "");
                Statement statement = connection.createStatement()) {
            long t = System.nanoTime();
            statement.execute("CREATE TABLE events AS SELECT * FROM CSVREAD('" + eventsFile + "')");
            double s = seconds(t);
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM events")) {
                rs.next();
                long rows = rs.getLong(1);
                System.out.printf(Locale.ROOT, "H2 CSVREAD baseline (events only): %.2f s, %.2f M rows/s,"
                        + " %.0f MB/s%n", s, rows / s / 1e6, bytes / s / 1e6);
            }
        }
        deleteRecursively(db);
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Samples the used heap every 20 ms: the peak a run needed, including garbage not yet collected. */
    private static final class PeakHeap implements Runnable {
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static PeakHeap start() {
            System.gc();
            PeakHeap heap = new PeakHeap();
            heap.thread = new Thread(heap, "peak-heap");
            heap.thread.setDaemon(true);
            heap.thread.start();
            return heap;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}
