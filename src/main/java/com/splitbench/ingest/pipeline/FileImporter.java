package com.splitbench.ingest.pipeline;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.FileSummary;
import com.splitbench.ingest.ImportCancelledException;
import com.splitbench.ingest.ImportListener;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportProgress;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.RejectsWriter;
import com.splitbench.ingest.mapping.ColumnMapping;
import com.splitbench.ingest.source.CsvRecordReader;
import com.splitbench.ingest.source.FormatSniffer;
import com.splitbench.ingest.source.JsonLinesRecordReader;
import com.splitbench.ingest.source.OpenedFile;
import com.splitbench.ingest.source.RecordReader;
import com.splitbench.ingest.source.SniffedFormat;
import com.splitbench.workspace.FileImportCounts;
import com.splitbench.workspace.FileImportStart;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.ImportTransaction;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.ZipException;

/**
 * Imports the files of one command into one open transaction, each on two threads: a parse thread (read, split,
 * convert) and the calling thread (deduplicate, encode, write). Holds the command-wide duplicate filter.
 */
public final class FileImporter {

    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final ImportTransaction transaction;
    private final ImportOptions options;
    private final RejectsWriter rejects;
    private final Cancellation cancellation;
    private final ImportListener listener;
    private final DuplicateFilter duplicates;

    /** @param rejects the rejects file when bad rows are skipped, else null */
    public FileImporter(ImportTransaction transaction, ImportOptions options, RejectsWriter rejects,
            Cancellation cancellation, ImportListener listener) {
        this.transaction = transaction;
        this.options = options;
        this.rejects = rejects;
        this.cancellation = cancellation;
        this.listener = listener;
        this.duplicates = options.keepDuplicates() ? null : new DuplicateFilter();
    }

    public FileSummary importFile(ImportSource source, int fileIndex, int fileCount) {
        Path path = source.path();
        String name = path.getFileName().toString();
        try {
            if (!Files.isRegularFile(path)) {
                throw new UserFacingException(Files.isDirectory(path) ? path + " is a folder, not a file."
                        : "File not found: " + path);
            }
            long size = Files.size(path);
            if (transaction.anyImportOfSize(size)
                    && transaction.findImport(OpenedFile.sha256Of(path)).isPresent()) {
                return new FileSummary(path, source.shape(), "", true, 0, 0, 0, 0, "", List.of());
            }
            return importNew(source, name, size, fileIndex, fileCount);
        } catch (ZipException | EOFException e) {
            throw new UserFacingException(name + ": the gzip data is damaged or cut short (" + e.getMessage()
                    + "). Compress or download the file again.", e);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private FileSummary importNew(ImportSource source, String name, long size, int fileIndex, int fileCount)
            throws IOException {
        Path path = source.path();
        try (OpenedFile file = OpenedFile.open(path);
                RecordReader reader = reader(file, name)) {
            SniffedFormat format = FormatSniffer.sniff(file.sample(), file.gzip(), options.delimiter(), name);
            ColumnMapping mapping = ColumnMapping.resolve(reader.header(), source.shape(), options.mappings(),
                    options.experiment() != null, name);
            ConversionContext context = new ConversionContext(transaction.symbols(), mapping,
                    options.timeZone(), options.experiment());
            UserColumnTypes types = source.shape() == ImportShape.USERS ? detectTypes(path, name, mapping) : null;
            RowConverter converter = switch (source.shape()) {
                case ASSIGNMENTS -> new AssignmentRowConverter(context);
                case EVENTS -> new EventRowConverter(context);
                case USERS -> new UserTableRowConverter(context, types);
            };
            List<String> metricNames = new ArrayList<>();
            if (types != null) {
                types.metricColumns().forEach(c -> metricNames.add(mapping.name(c)));
            }
            long importId = transaction.beginFile(new FileImportStart(name, path.toAbsolutePath().toString(), size,
                    format.description(), source.shape(), options.experiment(), mapping.describe()));
            ChunkAccumulator accumulator = new ChunkAccumulator(transaction, importId, source.shape(), duplicates,
                    List.copyOf(metricNames), types == null ? new boolean[0] : types.booleanFlags());
            BadRows badRows = new BadRows(name, rejects);
            ProgressReport progress = new ProgressReport(path, fileIndex, fileCount, size, file);
            ParseStage stage = new ParseStage(reader, converter, badRows, new ArrayBlockingQueue<>(4), cancellation,
                    progress::maybeReport, !format.jsonLines(), metricNames.size());
            progress.stage = stage;
            RowBatch last = runPipeline(stage, accumulator);
            accumulator.finish();
            progress.report();
            String sha256 = file.sha256();
            FileImportCounts counts = new FileImportCounts(last.rowsRead, accumulator.imported(), last.rowsRejected,
                    accumulator.duplicatesSkipped());
            transaction.finishFile(importId, sha256, counts);
            List<String> notes = new ArrayList<>(types == null ? List.of() : types.describe(mapping));
            notes.addAll(converter.notes());
            if (reader instanceof CsvRecordReader csv && csv.lastLineUnterminated()) {
                notes.add("the last line has no line end: if the file was cut short, check its last row");
            }
            return new FileSummary(path, source.shape(), format.description(), false, counts.rowsRead(),
                    counts.rowsImported(), counts.rowsRejected(), counts.duplicatesSkipped(), mapping.describe(),
                    List.copyOf(notes));
        }
    }

    private RowBatch runPipeline(ParseStage stage, ChunkAccumulator accumulator) throws IOException {
        BlockingQueue<RowBatch> queue = stage.queue();
        Thread parser = new Thread(stage, "splitbench-import-parse");
        parser.setDaemon(true);
        parser.start();
        try {
            while (true) {
                RowBatch batch = queue.take();
                if (batch.failure != null) {
                    throw rethrow(batch.failure);
                }
                accumulator.add(batch);
                if (batch.last) {
                    return batch;
                }
                cancellation.throwIfCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            throw new ImportCancelledException();
        } finally {
            parser.interrupt();
            joinQuietly(parser);
        }
    }

    private UserColumnTypes detectTypes(Path path, String name, ColumnMapping mapping) throws IOException {
        try (OpenedFile again = OpenedFile.open(path);
                RecordReader reader = reader(again, name)) {
            return UserColumnTypes.detect(reader, mapping);
        }
    }

    private RecordReader reader(OpenedFile file, String name) throws IOException {
        SniffedFormat format = FormatSniffer.sniff(file.sample(), file.gzip(), options.delimiter(), name);
        return format.jsonLines() ? new JsonLinesRecordReader(file.content(), name)
                : new CsvRecordReader(file.content(), format.delimiter(), name);
    }

    private static IOException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof IOException io) {
            return io;
        }
        return new IOException(failure);
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Throttled progress: at most one report every 100 ms, plus one at the end of the file. */
    private final class ProgressReport {
        private final Path path;
        private final int fileIndex;
        private final int fileCount;
        private final long size;
        private final OpenedFile file;
        private ParseStage stage;
        private long lastReport = System.nanoTime();

        ProgressReport(Path path, int fileIndex, int fileCount, long size, OpenedFile file) {
            this.path = path;
            this.fileIndex = fileIndex;
            this.fileCount = fileCount;
            this.size = size;
            this.file = file;
        }

        void maybeReport() {
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
                lastReport = now;
                report();
            }
        }

        void report() {
            listener.onProgress(new ImportProgress(path, fileIndex, fileCount, file.bytesRead(), size,
                    stage.rowsRead()));
        }
    }
}
