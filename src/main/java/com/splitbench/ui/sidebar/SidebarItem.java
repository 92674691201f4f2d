package com.splitbench.ui.sidebar;

import java.util.Objects;

/**
 * One entry in the sidebar: an import, an experiment, a metric or an opened report. It is a UI-side value that the
 * workspace and report services fill in; the window only shows it and hands it back when the user acts on it.
 *
 * @param key    a stable identifier the services understand (an experiment key, an import id, a metric name, a
 *               report file's path)
 * @param name   what the user reads
 * @param kind   which section it belongs to
 * @param detail a short second line, e.g. "3 variants · 48,210 users"; may be empty
 * @param badge  the health badge of an experiment; null for the other kinds or when not yet known
 */
public record SidebarItem(String key, String name, Kind kind, String detail, HealthBadge badge) {

    /** What an item is; each kind lives in one section. */
    public enum Kind {
        IMPORT(SidebarSection.DATA),
        SOURCE(SidebarSection.SOURCES),
        EXPERIMENT(SidebarSection.EXPERIMENTS),
        METRIC(SidebarSection.METRICS),
        REPORT(SidebarSection.REPORTS);

        private final SidebarSection section;

        Kind(SidebarSection section) {
            this.section = section;
        }

        public SidebarSection section() {
            return section;
        }
    }

    /** Whether {@code other} is the same thing (kind and key), whatever its name, detail or badge say now. */
    public boolean isSameItemAs(SidebarItem other) {
        return other != null && kind == other.kind && key.equals(other.key);
    }

    public SidebarItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static SidebarItem importedFile(String key, String name, String detail) {
        return new SidebarItem(key, name, Kind.IMPORT, detail, null);
    }

    /** @param key the source's saved name */
    public static SidebarItem source(String key, String detail) {
        return new SidebarItem(key, key, Kind.SOURCE, detail, null);
    }

    public static SidebarItem experiment(String key, String name, String detail, HealthBadge badge) {
        return new SidebarItem(key, name, Kind.EXPERIMENT, detail, badge);
    }

    public static SidebarItem metric(String key, String name, String detail) {
        return new SidebarItem(key, name, Kind.METRIC, detail, null);
    }

    /** @param key the report file's path, as text */
    public static SidebarItem report(String key, String name, String detail) {
        return new SidebarItem(key, name, Kind.REPORT, detail, null);
    }

    public SidebarSection section() {
        return kind.section();
    }
}
