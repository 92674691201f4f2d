package com.splitbench.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the window remembers between runs, as observable properties. {@link UiSettingsStore} reads and writes it;
 * its file form is {@link UiSettingsJson}.
 */
public final class UiSettings {

    /** How many recent workspaces the File menu lists. */
    public static final int MAX_RECENT_WORKSPACES = 10;
    public static final double DEFAULT_SIDEBAR_WIDTH = 290;
    public static final double MIN_SIDEBAR_WIDTH = 200;
    public static final double MAX_SIDEBAR_WIDTH = 800;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    // One wrapper kept for good: listeners added to a throw-away wrapper would stop firing once it is collected.
    private final ObservableList<Path> readOnlyRecentWorkspaces =
            FXCollections.unmodifiableObservableList(recentWorkspaces);
    private final ObjectProperty<WindowBounds> windowBounds = new SimpleObjectProperty<>(this, "windowBounds");
    private final BooleanProperty sidebarVisible = new SimpleBooleanProperty(this, "sidebarVisible", true);
    private final DoubleProperty sidebarWidth = new SimpleDoubleProperty(this, "sidebarWidth", DEFAULT_SIDEBAR_WIDTH);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value == null ? Theme.LIGHT : value);
    }

    /** Most recent first, no duplicates, at most {@link #MAX_RECENT_WORKSPACES}. Change it through the methods. */
    public ObservableList<Path> recentWorkspaces() {
        return readOnlyRecentWorkspaces;
    }

    /** Moves the workspace to the top of the recent list. */
    public void rememberWorkspace(Path directory) {
        Path normalized = directory.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(recentWorkspaces);
        updated.remove(normalized);
        updated.add(0, normalized);
        recentWorkspaces.setAll(updated.subList(0, Math.min(updated.size(), MAX_RECENT_WORKSPACES)));
    }

    public void forgetWorkspace(Path directory) {
        recentWorkspaces.remove(directory.toAbsolutePath().normalize());
    }

    public void clearRecentWorkspaces() {
        recentWorkspaces.clear();
    }

    /** Replaces the list as read from the file, keeping its order but applying the same rules. */
    void setRecentWorkspaces(List<Path> directories) {
        recentWorkspaces.clear();
        for (int i = directories.size() - 1; i >= 0; i--) {
            rememberWorkspace(directories.get(i));
        }
    }

    /** Null until the window was closed once. */
    public ObjectProperty<WindowBounds> windowBoundsProperty() {
        return windowBounds;
    }

    public WindowBounds getWindowBounds() {
        return windowBounds.get();
    }

    public void setWindowBounds(WindowBounds value) {
        windowBounds.set(value);
    }

    public BooleanProperty sidebarVisibleProperty() {
        return sidebarVisible;
    }

    /**
     * The sidebar's width in pixels. Kept in pixels rather than as a share of the window, so the sidebar keeps its
     * size when the window grows.
     */
    public DoubleProperty sidebarWidthProperty() {
        return sidebarWidth;
    }
}
