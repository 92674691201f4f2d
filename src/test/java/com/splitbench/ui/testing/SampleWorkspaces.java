package com.splitbench.ui.testing;

import com.splitbench.ui.task.TaskContext;
import com.splitbench.ui.workspace.SampleWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample workspace, built once per test run (about two seconds) and copied for each test that needs one, so
 * tests never share an open database file or see each other's changes.
 */
public final class SampleWorkspaces {

    private static Path built;

    private SampleWorkspaces() {
    }

    /** A fresh copy of the sample workspace in {@code folder}/sample-workspace. */
    public static synchronized Path copyInto(Path folder) {
        try {
            if (built == null) {
                Path root = Files.createTempDirectory("splitbench-sample-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                SampleWorkspace sample = new SampleWorkspace(root.resolve("sample-workspace"));
                sample.build(QUIET);
                built = sample.location();
            }
            Path target = folder.resolve("sample-workspace");
            try (Stream<Path> files = Files.walk(built)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(built.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A task context that reports nowhere and is never cancelled. */
    public static final TaskContext QUIET = new TaskContext() {
        @Override
        public void updateProgress(long done, long total) {
        }

        @Override
        public void updateMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }
}
