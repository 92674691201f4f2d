package com.splitbench.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.splitbench.common.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small {@code workspace.sbw} file in a workspace directory. It tells a person, the installer's file
 * association and an older Splitbench what the directory is, and lets an app refuse a newer workspace before it
 * opens (and possibly touches) the database.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceMarker(String format, int schemaVersion, String writtenBy) {

    public static final String FORMAT = "splitbench-workspace";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static WorkspaceMarker read(Path file) {
        try {
            WorkspaceMarker marker = JSON.readValue(file.toFile(), WorkspaceMarker.class);
            if (!FORMAT.equals(marker.format())) {
                throw new UserFacingException(file + " is not a Splitbench workspace marker (format '"
                        + marker.format() + "'). Choose the workspace folder that Splitbench created.");
            }
            return marker;
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the workspace marker " + file + " (" + e.getMessage()
                    + "). The workspace may be damaged; restore it from a backup.", e);
        }
    }

    void write(Path file) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), this);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write the workspace marker " + file + ": " + e.getMessage(), e);
        }
    }
}
