package com.splitbench.ingest.source;

import com.splitbench.common.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * A file opened for import: gzip is recognised by its magic bytes (not the name) and decompressed, the raw bytes
 * are counted (progress) and hashed with SHA-256 as they are read, and the first 64 KB of content are kept as a
 * sample for sniffing the format. {@link #content()} still starts at the first byte.
 */
public final class OpenedFile implements AutoCloseable {

    static final int SAMPLE_BYTES = 64 * 1024;

    private final RawCounter raw;
    private final InputStream content;
    private final byte[] sample;
    private final boolean gzip;

    private OpenedFile(RawCounter raw, InputStream content, byte[] sample, boolean gzip) {
        this.raw = raw;
        this.content = content;
        this.sample = sample;
        this.gzip = gzip;
    }

    public static OpenedFile open(Path path) throws IOException {
        InputStream file;
        try {
            file = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("File not found: " + path);
        }
        RawCounter raw = new RawCounter(file);
        byte[] magic = raw.readNBytes(2);
        InputStream rawWithMagic = new SequenceInputStream(new ByteArrayInputStream(magic), raw);
        boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        InputStream decoded = gzip ? new GZIPInputStream(rawWithMagic, 1 << 16) : rawWithMagic;
        byte[] sample = decoded.readNBytes(SAMPLE_BYTES);
        InputStream content = new SequenceInputStream(new ByteArrayInputStream(sample), decoded);
        return new OpenedFile(raw, content, sample, gzip);
    }

    /** The decompressed content, from its first byte. */
    public InputStream content() {
        return content;
    }

    public byte[] sample() {
        return sample;
    }

    public boolean gzip() {
        return gzip;
    }

    /** Raw (compressed) bytes read so far; safe to call from another thread. */
    public long bytesRead() {
        return raw.count;
    }

    /** The SHA-256 of the whole raw file, reading whatever the parser left unread (such as a gzip trailer). */
    public String sha256() throws IOException {
        byte[] rest = new byte[1 << 16];
        while (raw.read(rest, 0, rest.length) >= 0) {
            // drain into the digest
        }
        return HexFormat.of().formatHex(raw.digest.digest());
    }

    @Override
    public void close() throws IOException {
        content.close();
        raw.closeFile();
    }

    /** Hashes the raw SHA-256 of a file in one pass, for the up-front re-import check. */
    public static String sha256Of(Path path) throws IOException {
        RawCounter raw = new RawCounter(Files.newInputStream(path));
        try {
            byte[] buffer = new byte[1 << 16];
            while (raw.read(buffer, 0, buffer.length) >= 0) {
                // digest as we go
            }
            return HexFormat.of().formatHex(raw.digest.digest());
        } finally {
            raw.closeFile();
        }
    }

    /** Counts and hashes raw bytes. Ignores close() (SequenceInputStream closes each part it finishes). */
    private static final class RawCounter extends FilterInputStream {
        final MessageDigest digest;
        volatile long count;
        private boolean atEnd;

        RawCounter(InputStream in) {
            super(in);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public int read() throws IOException {
            if (atEnd) {
                return -1;
            }
            int b = in.read();
            atEnd = b < 0;
            if (b >= 0) {
                digest.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (atEnd) {
                return -1;
            }
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                count += n;
            } else if (n < 0) {
                atEnd = true;
            }
            return n;
        }

        @Override
        public void close() {
            // See the class comment; closeFile() closes the file.
        }

        void closeFile() throws IOException {
            in.close();
        }
    }
}
