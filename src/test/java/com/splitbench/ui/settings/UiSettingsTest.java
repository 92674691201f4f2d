package com.splitbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UiSettingsTest {

    private final UiSettings settings = new UiSettings();

    @Test
    void putsTheLastOpenedWorkspaceFirstWithoutDuplicates() {
        settings.rememberWorkspace(Path.of("/w/a"));
        settings.rememberWorkspace(Path.of("/w/b"));
        settings.rememberWorkspace(Path.of("/w/x/../a"));

        assertThat(settings.recentWorkspaces()).containsExactly(Path.of("/w/a"), Path.of("/w/b"));
    }

    @Test
    void keepsAtMostTenRecentWorkspaces() {
        for (int i = 0; i < 15; i++) {
            settings.rememberWorkspace(Path.of("/w/" + i));
        }

        assertThat(settings.recentWorkspaces()).hasSize(UiSettings.MAX_RECENT_WORKSPACES)
                .startsWith(Path.of("/w/14")).endsWith(Path.of("/w/5"));
    }

    @Test
    void forgetsOneOrAllWorkspaces() {
        settings.rememberWorkspace(Path.of("/w/a"));
        settings.rememberWorkspace(Path.of("/w/b"));

        settings.forgetWorkspace(Path.of("/w/a"));
        assertThat(settings.recentWorkspaces()).containsExactly(Path.of("/w/b"));
        settings.clearRecentWorkspaces();
        assertThat(settings.recentWorkspaces()).isEmpty();
    }

    @Test
    void theRecentListCannotBeChangedBehindItsBack() {
        assertThatThrownBy(() -> settings.recentWorkspaces().add(Path.of("/x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void windowBoundsMustHaveAPositiveFiniteSize() {
        assertThatThrownBy(() -> new WindowBounds(0, 0, 0, 100, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowBounds(Double.NaN, 0, 10, 100, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsStoredThemeNamesLeniently() {
        assertThat(Theme.fromStoredName("dark")).isEqualTo(Theme.DARK);
        assertThat(Theme.fromStoredName(null)).isEqualTo(Theme.LIGHT);
        assertThat(Theme.fromStoredName("solarized")).isEqualTo(Theme.LIGHT);
    }
}
