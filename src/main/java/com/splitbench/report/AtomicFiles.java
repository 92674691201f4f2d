package com.splitbench.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a crash never leaves half of it: the bytes go to a temporary file beside the target, are
 * forced to disk, and the temporary file is then moved over the target in one step.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * @throws ReportFileException naming the target when it cannot be written (no such folder, no permission, disk
     *     full)
     */
    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ReportFileException("Cannot write " + target + ": the folder " + dir + " does not exist.");
        }
        String name = absolute.getFileName().toString();
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the report after the move; a plain new
            // file gets the user's usual permissions.
            temp = dir.resolve("." + (name.length() > 60 ? name.substring(0, 60) : name) + "-" + UUID.randomUUID()
                    + ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            throw new ReportFileException("Cannot write " + target + ": the folder does not exist.", e);
        } catch (IOException e) {
            throw new ReportFileException("Cannot write " + target + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk has space.", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The temporary file is hidden and harmless; the write itself has already succeeded or failed.
        }
    }
}
