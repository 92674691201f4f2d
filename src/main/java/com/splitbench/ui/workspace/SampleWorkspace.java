package com.splitbench.ui.workspace;

import com.splitbench.app.AppVersion;
import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.Cancellation;
import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.Importer;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.json.SpecFiles;
import com.splitbench.ui.task.TaskContext;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.ImportShape;
import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workspace a new user starts in: built on first start from the sample exports bundled in the jar (under
 * {@code /sample-data/}), with a definition for each sample experiment, so the window opens on real results. It is
 * built in a staging folder and moved into place at the end, so a cancelled or failed build leaves nothing behind.
 * The exports are kept beside it ({@code sample-exports/}) for trying the import wizard.
 *
 * <p>An installed app carries a copy built the same way by the same build, which a first start copies instead of
 * importing the exports again ({@link PrebuiltSampleWorkspace}). A copy that is missing, from another build or does
 * not match is ignored, and the exports are imported as before.
 */
public final class SampleWorkspace {

    /** The file in a sample workspace that names the build that made it. */
    static final String BUILT_BY_FILE = "built-by.txt";

    /** The experiment key the sample's per-user table is imported under. */
    public static final String TABLE_EXPERIMENT = "checkout_redesign_table";

    private static final List<String> EXPORTS = List.of("assignments.csv.gz", "events.csv.gz",
            "users_checkout_redesign.csv");
    private static final List<String> SPECS = List.of("checkout_redesign", "onboarding_flow", "pricing_page",
            TABLE_EXPERIMENT);

    private final Path location;
    private final Optional<Path> template;

    /** The sample workspace at {@code location}, built from the exports (no prebuilt copy). */
    public SampleWorkspace(Path location) {
        this(location, Optional.empty());
    }

    /** The sample workspace at {@code location}; a first start copies {@code template} when it is usable. */
    public SampleWorkspace(Path location, Optional<Path> template) {
        this.location = Objects.requireNonNull(location).toAbsolutePath().normalize();
        this.template = Objects.requireNonNull(template);
    }

    /** Where the sample workspace lives for this user (see {@link DataDirectory}), with the installed copy if any. */
    public static SampleWorkspace forCurrentUser() {
        return new SampleWorkspace(DataDirectory.forCurrentUser().resolve("sample-workspace"), PrebuiltSampleWorkspace.bundled());
    }

    /** Which build made a sample workspace ({@value #BUILT_BY_FILE}): a prebuilt copy is only used by that build. */
    static String thisBuild() {
        return AppVersion.buildIdentity().orElse("an unidentified build");
    }

    public Path location() {
        return location;
    }

    /** Whether it was built before. */
    public boolean exists() {
        return Files.isRegularFile(location.resolve(Workspace.MARKER_FILE));
    }

    /** Builds it, reporting progress; does nothing when it exists. Worker thread. */
    public void build(TaskContext task) throws IOException {
        if (exists()) {
            return;
        }
        Path exports = extractExports(task);
        Path staging = location.resolveSibling(location.getFileName() + ".building");
        deleteTree(staging);
        try {
            if (template.isEmpty() || !PrebuiltSampleWorkspace.copy(template.get(), staging, exports, EXPORTS)) {
                deleteTree(staging);
                try (Workspace workspace = Workspace.create(staging)) {
                    importExports(workspace, exports, task);
                    saveDefinitions(new DefinitionRepository(workspace));
                }
            }
            Files.writeString(staging.resolve(BUILT_BY_FILE), thisBuild());
            move(staging, location);
        } finally {
            deleteTree(staging);
        }
    }

    private Path extractExports(TaskContext task) throws IOException {
        task.updateMessage("Unpacking the sample exports");
        Path folder = location.resolveSibling("sample-exports");
        Files.createDirectories(folder);
        for (String name : EXPORTS) {
            try (InputStream in = SampleWorkspace.class.getResourceAsStream("/sample-data/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The sample export " + name + " is missing from the build");
                }
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    private static void importExports(Workspace workspace, Path exports, TaskContext task) throws IOException {
        // Progress over all three files: bytes of the files before this one, plus this one's bytes read.
        Map<Path, Long> offsets = new LinkedHashMap<>();
        long total = 0;
        for (String name : EXPORTS) {
            offsets.put(exports.resolve(name), total);
            total += Files.size(exports.resolve(name));
        }
        long allBytes = total;
        Cancellation cancellation = new Cancellation();
        ImportRequest events = new ImportRequest(List.of(
                new ImportSource(exports.resolve(EXPORTS.get(0)), ImportShape.ASSIGNMENTS),
                new ImportSource(exports.resolve(EXPORTS.get(1)), ImportShape.EVENTS)), ImportOptions.defaults());
        ImportRequest table = new ImportRequest(List.of(new ImportSource(exports.resolve(EXPORTS.get(2)),
                ImportShape.USERS)), ImportOptions.defaults().withExperiment(TABLE_EXPERIMENT));
        for (ImportRequest request : List.of(events, table)) {
            new Importer(workspace).run(request, progress -> {
                task.updateProgress(offsets.getOrDefault(progress.file(), 0L) + progress.bytesRead(), allBytes);
                task.updateMessage("Building the sample workspace: importing " + progress.file().getFileName());
                if (task.isCancelled()) {
                    cancellation.cancel();
                }
            }, cancellation);
            task.throwIfCancelled();
        }
    }

    private static void saveDefinitions(DefinitionRepository definitions) throws IOException {
        for (String key : SPECS) {
            try (InputStream in = SampleWorkspace.class.getResourceAsStream("sample/" + key + ".json")) {
                AnalysisSpec spec = SpecFiles.parse(Objects.requireNonNull(in, key).readAllBytes(),
                        "the sample definition of " + key);
                definitions.saveExperiment(spec);
                if (!key.equals(TABLE_EXPERIMENT)) {
                    for (MetricDefinition metric : spec.metrics()) {
                        definitions.saveMetric(metric);
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        if (Files.exists(to)) {
            try (Stream<Path> entries = Files.list(to)) {
                if (entries.findAny().isPresent()) {
                    throw new UserFacingException("The sample workspace cannot be placed in " + to
                            + ": the folder is not empty. Move it away and start Splitbench again.");
                }
            }
            Files.delete(to);
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
