package com.splitbench.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file form of {@link UiSettings}, kept apart from the observable model. Version 1 is the first; a later
 * version adds its migration in {@link #toModel()}. A file from a newer app is read for the fields this one knows.
 * Fields added within a version are optional: {@code recentReports} came later, and a file without it (or an older
 * app reading a file with it) works as before.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record UiSettingsJson(int version, String theme, List<String> recentWorkspaces, WindowJson window,
                      Boolean sidebarVisible, Double sidebarWidth, List<String> recentReports) {

    static final int CURRENT_VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WindowJson(double x, double y, double width, double height, boolean maximized) {
    }

    static UiSettingsJson fromModel(UiSettings settings) {
        List<String> recent = new ArrayList<>();
        settings.recentWorkspaces().forEach(path -> recent.add(path.toString()));
        List<String> reports = new ArrayList<>();
        settings.recentReports().forEach(path -> reports.add(path.toString()));
        WindowBounds bounds = settings.getWindowBounds();
        WindowJson window = bounds == null ? null
                : new WindowJson(bounds.x(), bounds.y(), bounds.width(), bounds.height(), bounds.maximized());
        return new UiSettingsJson(CURRENT_VERSION, settings.getTheme().name(), recent, window,
                settings.sidebarVisibleProperty().get(), settings.sidebarWidthProperty().get(), reports);
    }

    /** Builds the model, dropping values that cannot be valid instead of refusing the whole file. */
    UiSettings toModel() {
        UiSettings settings = new UiSettings();
        settings.setTheme(Theme.fromStoredName(theme));
        settings.setRecentWorkspaces(parsePaths(recentWorkspaces));
        settings.setRecentReports(parsePaths(recentReports));
        if (window != null && window.width() > 0 && window.height() > 0 && Double.isFinite(window.x())
                && Double.isFinite(window.y()) && Double.isFinite(window.width()) && Double.isFinite(window.height())) {
            settings.setWindowBounds(new WindowBounds(window.x(), window.y(), window.width(), window.height(),
                    window.maximized()));
        }
        if (sidebarVisible != null) {
            settings.sidebarVisibleProperty().set(sidebarVisible);
        }
        if (sidebarWidth != null && sidebarWidth >= UiSettings.MIN_SIDEBAR_WIDTH
                && sidebarWidth <= UiSettings.MAX_SIDEBAR_WIDTH) {
            settings.sidebarWidthProperty().set(sidebarWidth);
        }
        return settings;
    }

    private static List<Path> parsePaths(List<String> entries) {
        List<Path> paths = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            try {
                paths.add(Path.of(entry));
            } catch (InvalidPathException e) {
                // A path written on another system; it cannot be opened here, so it is not listed.
            }
        }
        return paths;
    }
}
