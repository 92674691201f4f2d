package com.splitbench.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A most-recent-first list of paths: absolute and normalised, no duplicates, at most a given number. */
final class RecentPaths {

    private final int limit;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    // One wrapper kept for good: listeners added to a throw-away wrapper would stop firing once it is collected.
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(paths);

    RecentPaths(int limit) {
        this.limit = limit;
    }

    ObservableList<Path> list() {
        return readOnly;
    }

    /** Moves the path to the top. */
    void remember(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(paths);
        updated.remove(normalized);
        updated.add(0, normalized);
        paths.setAll(updated.subList(0, Math.min(updated.size(), limit)));
    }

    void forget(Path path) {
        paths.remove(path.toAbsolutePath().normalize());
    }

    void clear() {
        paths.clear();
    }

    /** Replaces the list as read from the file, keeping its order but applying the same rules. */
    void setAll(List<Path> stored) {
        paths.clear();
        for (int i = stored.size() - 1; i >= 0; i--) {
            remember(stored.get(i));
        }
    }
}
