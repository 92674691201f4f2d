package com.splitbench.report.file;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The outer layer of a report file: a zip archive whose entry {@value #ENTRY} holds the JSON (what Splitbench
 * writes), or the JSON itself (what a person gets after unzipping, e.g. to read or edit the notes). See
 * docs/decisions/0007-report-file-format.md. Reading checks the archive's central directory and the entry's CRC and
 * stops decompressing at {@link ReportLimits#MAX_JSON_BYTES}, so a zip bomb costs at most that much.
 */
final class ReportContainer {

    static final String ENTRY = "report.json";

    /** A container problem, phrased to follow "Cannot open FILE: ". */
    static final class ContainerException extends IOException {
        private static final long serialVersionUID = 1L;

        ContainerException(String message) {
            super(message);
        }

        ContainerException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ReportContainer() {
    }

    /** The report's JSON bytes. */
    static byte[] readJson(Path file) throws IOException {
        long size = Files.size(file);
        if (size > ReportLimits.MAX_FILE_BYTES) {
            throw new ContainerException("it is " + megabytes(size) + " MB; a report is at most "
                    + megabytes(ReportLimits.MAX_FILE_BYTES) + " MB, so this is not a Splitbench report");
        }
        if (size == 0) {
            throw new ContainerException("the file is empty");
        }
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return unzip(file);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (startsLikeJson(bytes)) {
            return bytes;
        }
        throw new ContainerException("it is not a Splitbench report (neither a report archive nor JSON)");
    }

    static byte[] zip(byte[] json, Instant createdAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(ENTRY);
            entry.setTime(createdAt.toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(json);
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] unzip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null || entry.isDirectory()) {
                throw new ContainerException("the archive holds no " + ENTRY + ", so it is not a Splitbench report");
            }
            CRC32 crc = new CRC32();
            try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
                byte[] json = readBounded(in);
                if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                    throw new ContainerException("the archive is damaged (the checksum of " + ENTRY
                            + " does not match)");
                }
                return json;
            }
        } catch (EOFException e) {
            throw new ContainerException("the archive ends early: the file is truncated", e);
        } catch (ZipException e) {
            throw new ContainerException("the archive is damaged or truncated (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > ReportLimits.MAX_JSON_BYTES) {
                throw new ContainerException("its content decompresses to more than "
                        + megabytes(ReportLimits.MAX_JSON_BYTES) + " MB (a zip bomb?), so it is not a Splitbench "
                        + "report");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The first character other than a byte-order mark or white space opens an object. */
    private static boolean startsLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
