package com.splitbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void givesDefaultsWhenThereIsNoFile() {
        UiSettings settings = new UiSettingsStore(config).load();

        assertThat(settings.getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.recentWorkspaces()).isEmpty();
        assertThat(settings.getWindowBounds()).isNull();
        assertThat(settings.sidebarVisibleProperty().get()).isTrue();
    }

    @Test
    void readsBackWhatItSaved() {
        UiSettingsStore store = new UiSettingsStore(config);
        UiSettings settings = new UiSettings();
        settings.setTheme(Theme.DARK);
        settings.rememberWorkspace(Path.of("/work/a"));
        settings.rememberWorkspace(Path.of("/work/b"));
        settings.setWindowBounds(new WindowBounds(10, 20, 1000, 700, true));
        settings.sidebarVisibleProperty().set(false);
        settings.sidebarWidthProperty().set(333);

        store.save(settings);
        UiSettings read = store.load();

        assertThat(read.getTheme()).isEqualTo(Theme.DARK);
        assertThat(read.recentWorkspaces()).containsExactly(Path.of("/work/b"), Path.of("/work/a"));
        assertThat(read.getWindowBounds()).isEqualTo(new WindowBounds(10, 20, 1000, 700, true));
        assertThat(read.sidebarVisibleProperty().get()).isFalse();
        assertThat(read.sidebarWidthProperty().get()).isEqualTo(333);
    }

    @Test
    void writesAVersionedFile() throws Exception {
        UiSettingsStore store = new UiSettingsStore(config);
        store.save(new UiSettings());

        assertThat(Files.readString(store.file())).contains("\"version\" : 1");
    }

    @Test
    void setsADamagedFileAsideAndStartsFromDefaults() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"theme\": \"DARK\", \"recent");

        UiSettings settings = new UiSettingsStore(config).load();

        assertThat(settings.getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(config.resolve("settings.json.damaged")).exists();
        assertThat(config.resolve("settings.json")).doesNotExist();
    }

    @Test
    void readsTheKnownFieldsOfAFileFromANewerVersion() throws Exception {
        Files.writeString(config.resolve("settings.json"),
                "{\"version\": 7, \"theme\": \"dark\", \"futureThing\": {\"a\": 1}, \"recentWorkspaces\": [\"/w\"]}");

        UiSettings settings = new UiSettingsStore(config).load();

        assertThat(settings.getTheme()).isEqualTo(Theme.DARK);
        assertThat(settings.recentWorkspaces()).containsExactly(Path.of("/w"));
    }

    @Test
    void dropsValuesThatCannotBeRightInsteadOfFailing() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"version\": 1, \"theme\": \"PURPLE\", "
                + "\"window\": {\"x\": 0, \"y\": 0, \"width\": -5, \"height\": 300}, \"sidebarWidth\": 5000, "
                + "\"recentWorkspaces\": [\"\", null, \"/ok\"]}");

        UiSettings settings = new UiSettingsStore(config).load();

        assertThat(settings.getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.getWindowBounds()).isNull();
        assertThat(settings.sidebarWidthProperty().get()).isEqualTo(UiSettings.DEFAULT_SIDEBAR_WIDTH);
        assertThat(settings.recentWorkspaces()).containsExactly(Path.of("/ok"));
    }

    @Test
    void savesOnChangeOfThemeRecentWorkspacesAndSidebar() {
        UiSettingsStore store = new UiSettingsStore(config);
        UiSettings settings = store.load();
        store.saveOnChange(settings, Runnable::run);

        settings.setTheme(Theme.DARK);
        assertThat(store.load().getTheme()).isEqualTo(Theme.DARK);
        settings.rememberWorkspace(Path.of("/w1"));
        assertThat(store.load().recentWorkspaces()).containsExactly(Path.of("/w1"));
        settings.sidebarVisibleProperty().set(false);
        assertThat(store.load().sidebarVisibleProperty().get()).isFalse();
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        UiSettingsStore store = new UiSettingsStore(config);
        store.save(new UiSettings());
        store.save(new UiSettings());

        try (var files = Files.list(config)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void remembersRecentReportsBesideTheWorkspaces() {
        UiSettingsStore store = new UiSettingsStore(config);
        UiSettings settings = new UiSettings();
        settings.rememberWorkspace(Path.of("/work/shop"));
        settings.rememberReport(Path.of("/reports/q1.splitreport"));
        settings.rememberReport(Path.of("/reports/q2.splitreport"));
        settings.rememberReport(Path.of("/reports/q1.splitreport"));

        store.save(settings);
        UiSettings read = store.load();

        assertThat(read.recentReports()).containsExactly(Path.of("/reports/q1.splitreport"),
                Path.of("/reports/q2.splitreport"));
        assertThat(read.recentWorkspaces()).containsExactly(Path.of("/work/shop"));
    }

    @Test
    void readsASettingsFileWrittenBeforeReportsWereRemembered() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"version\": 1, \"theme\": \"DARK\", "
                + "\"recentWorkspaces\": [\"/w\"], \"sidebarVisible\": true, \"sidebarWidth\": 300.0}");

        UiSettings settings = new UiSettingsStore(config).load();

        assertThat(settings.getTheme()).isEqualTo(Theme.DARK);
        assertThat(settings.recentWorkspaces()).containsExactly(Path.of("/w"));
        assertThat(settings.recentReports()).isEmpty();
    }
}
