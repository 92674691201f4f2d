package com.splitbench.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;

/**
 * Reads and writes {@code settings.json} in the configuration folder. Settings are a convenience: a missing or
 * damaged file gives the defaults (a damaged one is kept aside as {@code settings.json.damaged}) and a failed write
 * is logged, so neither ever stops the window from opening.
 */
public final class UiSettingsStore {

    private static final Logger LOG = System.getLogger(UiSettingsStore.class.getName());
    private static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param configDirectory the folder that holds {@code settings.json}; created on first save */
    public UiSettingsStore(Path configDirectory) {
        this.file = Objects.requireNonNull(configDirectory).resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public UiSettings load() {
        try {
            return json.readValue(Files.readAllBytes(file), UiSettingsJson.class).toModel();
        } catch (NoSuchFileException e) {
            return new UiSettings();
        } catch (JacksonException e) {
            LOG.log(Level.WARNING, "The settings file " + file + " is damaged and was set aside; using defaults: "
                    + e.getOriginalMessage());
            setAside();
            return new UiSettings();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the settings file " + file + "; using defaults: " + e);
            return new UiSettings();
        }
    }

    /** Writes the settings now, atomically: a crash leaves the old file or the new one, never half of one. */
    public void save(UiSettings settings) {
        write(UiSettingsJson.fromModel(settings));
    }

    /**
     * Saves whenever the theme, recent workspaces, recent reports or sidebar change. The snapshot is taken on the
     * calling (UI) thread and written on {@code writer}. Window bounds are saved by an explicit {@link #save} at exit.
     */
    public void saveOnChange(UiSettings settings, Executor writer) {
        InvalidationListener saveLater = observable -> {
            UiSettingsJson snapshot = UiSettingsJson.fromModel(settings);
            writer.execute(() -> write(snapshot));
        };
        settings.themeProperty().addListener(saveLater);
        settings.recentWorkspaces().addListener(saveLater);
        settings.recentReports().addListener(saveLater);
        settings.sidebarVisibleProperty().addListener(saveLater);
    }

    private synchronized void write(UiSettingsJson snapshot) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                json.writeValue(temp.toFile(), snapshot);
                move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save the settings to " + file + ": " + e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(FILE_NAME + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot set the damaged settings file aside: " + e);
        }
    }
}
