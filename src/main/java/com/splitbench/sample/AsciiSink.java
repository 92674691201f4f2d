package com.splitbench.sample;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A fast row writer for ASCII text files: a byte buffer with number formatting that allocates nothing per row,
 * a chosen line ending, an optional UTF-8 BOM and optional gzip. It hashes the uncompressed bytes as it goes, so
 * that a file's identity does not depend on the zlib build that compressed it.
 */
final class AsciiSink implements Closeable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BUFFER_SIZE = 1 << 16;

    private final OutputStream out;
    private final MessageDigest sha256;
    private final byte[] lineEnd;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private long rows;

    private AsciiSink(OutputStream out, boolean crlf) {
        this.out = out;
        this.lineEnd = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Opens {@code path} for writing; a name ending in {@code .gz} is gzip-compressed. */
    static AsciiSink open(Path path, boolean bom, boolean crlf) throws IOException {
        OutputStream file = Files.newOutputStream(path);
        OutputStream out = path.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(file, BUFFER_SIZE)
                : new BufferedOutputStream(file, BUFFER_SIZE);
        AsciiSink sink = new AsciiSink(out, crlf);
        if (bom) {
            sink.put(UTF8_BOM);
        }
        return sink;
    }

    /** A sink over any stream, without BOM, with LF line ends. */
    static AsciiSink over(OutputStream out) {
        return new AsciiSink(out, false);
    }

    AsciiSink put(byte b) throws IOException {
        if (position == BUFFER_SIZE) {
            drain();
        }
        buffer[position++] = b;
        return this;
    }

    AsciiSink put(byte[] bytes) throws IOException {
        if (bytes.length > BUFFER_SIZE - position) {
            drain();
            if (bytes.length > BUFFER_SIZE) {
                sha256.update(bytes);
                out.write(bytes);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        return this;
    }

    /** Writes text that is known to be ASCII (or any text, UTF-8 encoded, at a slower pace). */
    AsciiSink put(String text) throws IOException {
        return put(text.getBytes(StandardCharsets.UTF_8));
    }

    AsciiSink putLong(long value) throws IOException {
        if (value < 0) {
            put((byte) '-');
            if (value == Long.MIN_VALUE) {
                return put(Long.toString(value).substring(1));
            }
            value = -value;
        }
        if (value < 10) {
            return put((byte) ('0' + value));
        }
        int digits = 0;
        for (long rest = value; rest > 0; rest /= 10) {
            digits++;
        }
        return putPadded(value, digits);
    }

    /** Writes a non-negative number with exactly {@code width} digits, zero-padded on the left. */
    AsciiSink putPadded(long value, int width) throws IOException {
        if (BUFFER_SIZE - position < width) {
            drain();
        }
        for (int i = position + width - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += width;
        return this;
    }

    /** Writes an amount in cents as a decimal with two places, e.g. {@code 1234} as {@code 12.34}. */
    AsciiSink putCents(long cents) throws IOException {
        putLong(cents / 100);
        put((byte) '.');
        return putPadded(cents % 100, 2);
    }

    /** Ends the header line; it is not counted as a row. */
    void endHeader() throws IOException {
        put(lineEnd);
    }

    void endRow() throws IOException {
        put(lineEnd);
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Closes the file and returns the hex SHA-256 of everything written, before compression. */
    String finish() throws IOException {
        close();
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }

    private void drain() throws IOException {
        if (position > 0) {
            sha256.update(buffer, 0, position);
            out.write(buffer, 0, position);
            position = 0;
        }
    }
}
