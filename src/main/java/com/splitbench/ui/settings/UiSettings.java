package com.splitbench.ui.settings;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * What the window remembers between runs, as observable properties. {@link UiSettingsStore} reads and writes it;
 * its file form is {@link UiSettingsJson}.
 */
public final class UiSettings {

    /** How many recent workspaces the File menu lists. */
    public static final int MAX_RECENT_WORKSPACES = 10;
    /** How many recent reports File ▸ Open recent report lists. */
    public static final int MAX_RECENT_REPORTS = 10;
    public static final double DEFAULT_SIDEBAR_WIDTH = 290;
    public static final double MIN_SIDEBAR_WIDTH = 200;
    public static final double MAX_SIDEBAR_WIDTH = 800;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final RecentPaths recentWorkspaces = new RecentPaths(MAX_RECENT_WORKSPACES);
    private final RecentPaths recentReports = new RecentPaths(MAX_RECENT_REPORTS);
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
        return recentWorkspaces.list();
    }

    /** Moves the workspace to the top of the recent list. */
    public void rememberWorkspace(Path directory) {
        recentWorkspaces.remember(directory);
    }

    public void forgetWorkspace(Path directory) {
        recentWorkspaces.forget(directory);
    }

    public void clearRecentWorkspaces() {
        recentWorkspaces.clear();
    }

    /** Replaces the list as read from the file, keeping its order but applying the same rules. */
    void setRecentWorkspaces(List<Path> directories) {
        recentWorkspaces.setAll(directories);
    }

    /** Report files opened or saved, most recent first, at most {@link #MAX_RECENT_REPORTS}. */
    public ObservableList<Path> recentReports() {
        return recentReports.list();
    }

    /** Moves the report file to the top of the recent list. */
    public void rememberReport(Path file) {
        recentReports.remember(file);
    }

    public void forgetReport(Path file) {
        recentReports.forget(file);
    }

    public void clearRecentReports() {
        recentReports.clear();
    }

    void setRecentReports(List<Path> files) {
        recentReports.setAll(files);
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
