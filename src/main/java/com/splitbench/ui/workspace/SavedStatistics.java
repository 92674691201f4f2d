package com.splitbench.ui.workspace;

import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.analysis.StatisticsStore;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.model.MetricStatistics;
import com.splitbench.app.AppVersion;
import com.splitbench.report.file.StatisticsFile;
import com.splitbench.workspace.ImportRecord;
import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The statistics of a workspace's analyses, kept as files in its folder ({@value #FOLDER}), so that opening the
 * workspace again shows an experiment's results without reading its events: on the build machine that analysis was
 * the largest piece of work competing with the window for the CPU at start-up.
 *
 * <p>A kept file counts only for exactly what it was computed from: the app's build, the workspace's data version
 * and every recorded import (with each file's SHA-256 and row counts), and the full request (the experiment's definition and every
 * metric's). That text is stored in the file and compared in full; the file's name is only its hash. Anything that
 * differs, a damaged file or one that no longer reads, is a miss, and a miss costs only the analysis. At most
 * {@value #MAX_FILES} files are kept, the least recently used going first.
 */
public final class SavedStatistics implements StatisticsStore {

    /** The folder, inside the workspace's, where the statistics are kept. */
    public static final String FOLDER = "cache/statistics";

    static final int MAX_FILES = 64;
    private static final String FORMAT = "Splitbench kept statistics 1";
    private static final System.Logger LOG = System.getLogger(SavedStatistics.class.getName());

    private final Workspace workspace;
    private final Path folder;
    private final String code;
    private final int maxFiles;

    /**
     * @param code what identifies the analysis code: statistics kept by other code are never used
     */
    SavedStatistics(Workspace workspace, String code) {
        this(workspace, code, MAX_FILES);
    }

    SavedStatistics(Workspace workspace, String code, int maxFiles) {
        this.workspace = workspace;
        this.folder = workspace.directory().resolve(FOLDER);
        this.code = code;
        this.maxFiles = maxFiles;
    }

    /**
     * The store for a workspace opened by this app: keyed on the app's version and build time, so a rebuilt or
     * upgraded app never uses statistics an older one computed. Run from class folders (an IDE, the tests) or
     * without a build time, where the code can change unseen, nothing is kept.
     */
    public static StatisticsStore forWorkspace(Workspace workspace) {
        Optional<String> build = AppVersion.buildIdentity();
        return AppVersion.jar().isPresent() && build.isPresent() ? new SavedStatistics(workspace, build.get())
                : StatisticsStore.NONE;
    }

    @Override
    public Optional<ExperimentStatistics> load(StatisticsRequest request, long dataVersion) {
        String source = source(request, dataVersion);
        Path file = fileFor(source);
        try {
            StatisticsFile.Contents kept = StatisticsFile.read(file);
            if (!kept.source().equals(source) || !answers(kept.statistics(), request)) {
                return Optional.empty();
            }
            // The least recently used file goes first when the folder is full.
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(kept.statistics());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Kept statistics " + file + " not used; the experiment is analysed again", e);
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    @Override
    public void save(StatisticsRequest request, long dataVersion, ExperimentStatistics statistics) {
        String source = source(request, dataVersion);
        try {
            Files.createDirectories(folder);
            StatisticsFile.write(fileFor(source), new StatisticsFile.Contents(source, statistics));
            evictBeyond(maxFiles);
        } catch (IOException | RuntimeException e) {
            // A read-only folder or a full disk only means the next start analyses again.
            LOG.log(Level.INFO, "Could not keep the statistics of " + request.experiment().key() + " in " + folder,
                    e);
        }
    }

    /** Everything the statistics are computed from, as text: compared in full when a file is read. */
    private String source(StatisticsRequest request, long dataVersion) {
        StringBuilder text = new StringBuilder(FORMAT).append("\ncode ").append(code)
                .append("\ndata version ").append(dataVersion);
        // What was imported, not from where or when: the sample workspace is prebuilt elsewhere and its imports
        // are pointed at the user's copy of the exports (SampleWorkspace), with the same contents.
        for (ImportRecord record : workspace.imports()) {
            text.append("\nimport ").append(record.id()).append(" version ").append(record.dataVersion())
                    .append(' ').append(record.shape()).append(' ').append(record.experiment())
                    .append(' ').append(record.fileName()).append(' ').append(record.fileSize())
                    .append(" bytes sha256 ").append(record.sha256()).append(' ').append(record.format())
                    .append(" rows ").append(record.rowsRead()).append('/').append(record.rowsImported())
                    .append('/').append(record.rowsRejected()).append('/').append(record.duplicatesSkipped())
                    .append(" mapping ").append(record.columnMapping());
        }
        return text.append("\nrequest ").append(request).toString();
    }

    /** The statistics are of this experiment and these metrics (what the request asks, checked once more). */
    private static boolean answers(ExperimentStatistics statistics, StatisticsRequest request) {
        List<?> metrics = statistics.metrics().stream().map(MetricStatistics::definition).toList();
        return statistics.experimentKey().equals(request.experiment().key()) && metrics.equals(request.metrics());
    }

    private Path fileFor(String source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void evictBeyond(int maxFiles) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(path -> path.getFileName().toString().endsWith(".json")).toList();
        }
        if (files.size() <= maxFiles) {
            return;
        }
        files.stream()
                .sorted(Comparator.comparing(SavedStatistics::lastModified))
                .limit(files.size() - maxFiles)
                .forEach(SavedStatistics::deleteQuietly);
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not delete " + file, e);
        }
    }
}
