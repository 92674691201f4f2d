package com.splitbench.cli;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.FileSummary;
import com.splitbench.ingest.ImportCancelledException;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.ImportSummary;
import com.splitbench.ingest.Importer;
import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code splitbench import}: files into a workspace, all in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import assignment, event and per-user files into a workspace (created if missing).",
            "All files of one command are imported together or not at all."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The workspace folder.")
    Path workspace;

    @Option(names = "--assignments", arity = "1..*", paramLabel = "FILE",
            description = "Assignment files: unit, experiment, variant, time, optional context.")
    List<Path> assignments = new ArrayList<>();

    @Option(names = "--events", arity = "1..*", paramLabel = "FILE",
            description = "Metric event files: unit, event type, time, optional experiment and value.")
    List<Path> events = new ArrayList<>();

    @Option(names = "--users", arity = "1..*", paramLabel = "FILE",
            description = "Per-user tables: unit, variant and metric columns (give --experiment).")
    List<Path> users = new ArrayList<>();

    @Option(names = "--experiment", paramLabel = "KEY",
            description = "The experiment of files that have no experiment column.")
    String experiment;

    @Option(names = "--variant-column", paramLabel = "COL", description = "Same as --map variant=COL.")
    String variantColumn;

    @Option(names = "--unit-column", paramLabel = "COL", description = "Same as --map unit=COL.")
    String unitColumn;

    @Option(names = "--map", paramLabel = "ROLE=COLUMN", mapFallbackValue = "",
            description = "Use COLUMN for ROLE (unit, experiment, variant, time, event, value, context).")
    Map<String, String> mappings = new LinkedHashMap<>();

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of times written without one, e.g. Europe/Berlin (default: UTC).")
    String timeZone = "UTC";

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter: , ; | or tab (default: found from the file).")
    String delimiter;

    @Option(names = "--skip-bad-rows",
            description = "Import the good rows and write bad ones, with reasons, to a rejects file.")
    boolean skipBadRows;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "The rejects file (default: beside the workspace, named after it).")
    Path rejects;

    @Option(names = "--keep-duplicates", description = "Keep exact duplicate rows instead of skipping them.")
    boolean keepDuplicates;

    @Override
    public Integer call() {
        ImportRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cancellation cancellation = new Cancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> cancelAndWait(cancellation, finished), "splitbench-import-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Workspace opened = Workspace.openOrCreate(workspace)) {
            ImportSummary summary = new Importer(opened).run(request, new StderrProgress(err), cancellation);
            for (FileSummary file : summary.files()) {
                out.println(file.describe());
            }
            out.println(summary.summaryLine());
            out.flush();
            return 0;
        } catch (ImportCancelledException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return e.exitCode();
        } finally {
            finished.countDown();
            removeHook(hook);
        }
    }

    private ImportRequest request() {
        List<ImportSource> sources = new ArrayList<>();
        assignments.forEach(p -> sources.add(new ImportSource(p, ImportShape.ASSIGNMENTS)));
        events.forEach(p -> sources.add(new ImportSource(p, ImportShape.EVENTS)));
        users.forEach(p -> sources.add(new ImportSource(p, ImportShape.USERS)));
        if (sources.isEmpty()) {
            throw new UserFacingException("Nothing to import: give files with --assignments, --events or --users.");
        }
        ImportOptions options = ImportOptions.defaults().withExperiment(experiment).withTimeZone(zone())
                .withDelimiter(delimiterByte()).withSkipBadRows(skipBadRows, rejects)
                .withKeepDuplicates(keepDuplicates);
        for (Map.Entry<String, String> mapping : mappings.entrySet()) {
            try {
                options = options.withMapping(ColumnRole.ofKey(mapping.getKey()), mapping.getValue());
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage());
            }
        }
        if (variantColumn != null) {
            options = options.withMapping(ColumnRole.VARIANT, variantColumn);
        }
        if (unitColumn != null) {
            options = options.withMapping(ColumnRole.UNIT, unitColumn);
        }
        return new ImportRequest(sources, options);
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new UserFacingException("Unknown time zone '" + timeZone + "'. Use a name such as UTC,"
                    + " Europe/Berlin or America/New_York, or an offset such as +02:00.");
        }
    }

    private byte delimiterByte() {
        if (delimiter == null) {
            return 0;
        }
        switch (delimiter) {
            case "tab":
            case "\\t":
            case "\t":
                return '\t';
            case ",":
            case ";":
            case "|":
                return (byte) delimiter.charAt(0);
            default:
                throw new UserFacingException("Unsupported delimiter '" + delimiter + "'. Use , ; | or tab.");
        }
    }

    /** On Ctrl-C or SIGTERM: ask the import to stop, and hold the exit until it has rolled back and closed. */
    private static void cancelAndWait(Cancellation cancellation, CountDownLatch finished) {
        cancellation.cancel();
        try {
            finished.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running (Ctrl-C): it ends once `finished` is counted down.
        }
    }
}
