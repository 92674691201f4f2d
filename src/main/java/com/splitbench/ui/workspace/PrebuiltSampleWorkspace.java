package com.splitbench.ui.workspace;

import com.splitbench.app.AppVersion;
import com.splitbench.workspace.ImportRecord;
import com.splitbench.workspace.Workspace;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sample workspace an installed app carries beside its jar ({@value #FOLDER}): built by the installer's training
 * start ({@code installer/linux/cds-archive.sh}) exactly as a first start builds it, with the statistics its first
 * analyses kept. Copying it and pointing its imports at the user's copy of the exports saves importing them again,
 * which was about 1.5 s of a 5 s first start.
 */
final class PrebuiltSampleWorkspace {

    /** The folder beside the jar that holds it, when the installer made one. */
    static final String FOLDER = "sample-workspace";

    private static final System.Logger LOG = System.getLogger(PrebuiltSampleWorkspace.class.getName());

    private PrebuiltSampleWorkspace() {
    }

    /** The prebuilt copy beside the jar the app runs from, if there is one. */
    static Optional<Path> bundled() {
        return AppVersion.jar().map(jar -> jar.resolveSibling(FOLDER))
                .filter(folder -> Files.isRegularFile(folder.resolve(Workspace.MARKER_FILE)));
    }

    /**
     * Copies {@code prebuilt} into {@code staging} and points its imports at the files of the same names in
     * {@code exports}. False, with the reason logged, when the copy is of another build or its imports are not
     * exactly {@code exportNames}; the caller then builds the workspace itself.
     */
    static boolean copy(Path prebuilt, Path staging, Path exports, List<String> exportNames) {
        try {
            Optional<String> build = AppVersion.buildIdentity();
            Path builtBy = prebuilt.resolve(SampleWorkspace.BUILT_BY_FILE);
            if (build.isEmpty() || !Files.isRegularFile(builtBy) || !Files.readString(builtBy).equals(build.get())) {
                LOG.log(Level.INFO, "The prebuilt sample workspace " + prebuilt + " is from another build; importing");
                return false;
            }
            copyTree(prebuilt, staging);
            try (Workspace workspace = Workspace.open(staging)) {
                List<ImportRecord> imports = workspace.imports();
                if (imports.size() != exportNames.size() || !imports.stream().map(ImportRecord::fileName)
                        .collect(Collectors.toSet()).equals(Set.copyOf(exportNames))) {
                    LOG.log(Level.INFO, "The prebuilt sample workspace does not hold the sample exports; importing");
                    return false;
                }
                for (ImportRecord record : imports) {
                    // The same build extracted these from the same bytes the copy imported: same name, same size.
                    Path export = exports.resolve(record.fileName());
                    if (Files.size(export) != record.fileSize()) {
                        LOG.log(Level.INFO, "The prebuilt sample workspace imported another " + record.fileName()
                                + "; importing");
                        return false;
                    }
                    workspace.relocateImport(record.id(), export);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "The prebuilt sample workspace " + prebuilt + " could not be used; importing", e);
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
