package com.splitbench.ingest.source;

import com.splitbench.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A byte-level RFC 4180 tokenizer: one delimiter byte, fields optionally in double quotes with {@code ""} for a
 * quote and embedded delimiters and newlines, LF, CRLF or CR line ends, and a UTF-8 BOM skipped. Blank lines are
 * skipped. A record is scanned again from its start when it crosses the end of the buffer, so quotes are
 * unescaped in place only after the whole record is in the buffer.
 */
public final class CsvRecordReader implements RecordReader {

    private static final int MAX_RECORD_BYTES = 64 << 20;

    private final InputStream in;
    private final byte delimiter;
    private final long delimiterPattern;
    private final String fileName;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] escaped = new boolean[64];
    private int fieldCount;
    private long nextLine = 1;
    private long line;
    private int recordStart;
    private int recordEnd;
    private String problem;
    private boolean unterminated;
    /** The record's bytes as read, kept only when unquoting changes it in {@code buf}; see {@link #rawText()}. */
    private byte[] raw = new byte[256];
    /** The length of the record in {@link #raw}, or -1 when {@code buf} still holds it as read. */
    private int rawLength = -1;
    private final List<String> header;

    public CsvRecordReader(InputStream in, byte delimiter, String fileName) throws IOException {
        this.in = in;
        this.delimiter = delimiter;
        this.delimiterPattern = ByteScan.pattern(delimiter);
        this.fileName = fileName;
        fill();
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        if (FormatSniffer.excelSeparatorLine(buf, pos, limit) >= 0) {
            // Excel's "sep=;" line before the header: the sniffer took the delimiter from it.
            pos += 5;
            if (pos < limit && buf[pos] == '\r') {
                pos++;
            }
            if (pos < limit && buf[pos] == '\n') {
                pos++;
            }
            nextLine++;
        }
        if (!next()) {
            throw new UserFacingException(fileName + " is empty: it has no header line.");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fieldCount; i++) {
            names.add(field(i).strip());
        }
        header = List.copyOf(names);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            if (pos >= limit && eof) {
                return false;
            }
            line = nextLine;
            recordStart = pos;
            if (!scan()) {
                compactAndFill();
                continue;
            }
            if (fieldCount == 1 && starts[0] == ends[0] && problem == null) {
                continue; // a blank line
            }
            checkUtf8();
            unescapeQuotes();
            return true;
        }
    }

    /** Scans one record from {@code pos}; false when the buffer ends before the record does (and more may come). */
    private boolean scan() {
        byte[] b = buf;
        int lim = limit;
        byte d = delimiter;
        int p = pos;
        int f = 0;
        int newlines = 0;
        problem = null;
        while (true) {
            if (p >= lim) {
                if (!eof) {
                    return false;
                }
                f = addField(f, p, p, false); // the file ends right after a delimiter
                return finish(f, p, p, newlines);
            }
            if (b[p] == '"') {
                int start = p + 1;
                int q = start;
                boolean esc = false;
                while (true) {
                    q = ByteScan.quoted(b, q, lim);
                    if (q >= lim) {
                        if (!eof) {
                            return false;
                        }
                        problem = "a quoted field opened on line " + line + " is not closed before the end of the file";
                        f = addField(f, start, lim, esc);
                        return finish(f, lim, lim, newlines);
                    }
                    byte c = b[q];
                    if (c == '"') {
                        if (q + 1 >= lim && !eof) {
                            return false;
                        }
                        if (q + 1 < lim && b[q + 1] == '"') {
                            esc = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        newlines++;
                    }
                    q++;
                }
                f = addField(f, start, q, esc);
                p = q + 1;
                if (p >= lim) {
                    if (!eof) {
                        return false;
                    }
                    return finish(f, p, p, newlines);
                }
                byte c = b[p];
                if (c == d) {
                    p++;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    problem = "unexpected text after the closing quote of field " + f;
                    while (p < lim && b[p] != '\n') {
                        p++;
                    }
                    if (p >= lim && !eof) {
                        return false;
                    }
                    return finish(f, p, Math.min(p + 1, lim), newlines + (p < lim ? 1 : 0));
                }
            } else {
                int start = p;
                p = ByteScan.unquoted(b, p, lim, delimiterPattern, d);
                if (p >= lim) {
                    if (!eof) {
                        return false;
                    }
                    f = addField(f, start, p, false);
                    return finish(f, p, p, newlines);
                }
                f = addField(f, start, p, false);
                if (b[p] == d) {
                    p++;
                    continue;
                }
            }
            // A line end at p: LF, CRLF or a lone CR.
            if (b[p] == '\n') {
                return finish(f, p, p + 1, newlines + 1);
            }
            if (p + 1 >= lim && !eof) {
                return false;
            }
            return finish(f, p, p + 1 < lim && b[p + 1] == '\n' ? p + 2 : p + 1, newlines + 1);
        }
    }

    private boolean finish(int fields, int end, int next, int newlines) {
        unterminated = newlines == 0 && next >= limit && eof;
        fieldCount = fields;
        recordEnd = end;
        pos = next;
        nextLine += newlines;
        return true;
    }

    private int addField(int f, int start, int end, boolean esc) {
        if (f == starts.length) {
            starts = Arrays.copyOf(starts, f * 2);
            ends = Arrays.copyOf(ends, f * 2);
            escaped = Arrays.copyOf(escaped, f * 2);
        }
        starts[f] = start;
        ends[f] = end;
        escaped[f] = esc;
        return f + 1;
    }

    /**
     * Fails the import when a field of the record is not UTF-8. This is a whole-file error, not a bad row, even
     * with --skip-bad-rows: a file in another encoding (Latin-1, Windows-1252) is wrong in every row with an accent,
     * so skipping those rows would quietly drop, say, all French users from one arm, and the rejects file (UTF-8)
     * could not carry the rows as they were. Costs one pass of eight bytes at a time when the record is ASCII.
     */
    private void checkUtf8() {
        int high = ByteScan.nonAscii(buf, recordStart, recordEnd);
        if (high >= recordEnd) {
            return;
        }
        for (int f = 0; f < fieldCount; f++) {
            if (ends[f] <= high) {
                continue;
            }
            int bad = Utf8Text.invalidAt(buf, starts[f], ends[f]);
            if (bad >= 0) {
                long badLine = line;
                for (int p = recordStart; p < bad; p++) {
                    if (buf[p] == '\n') { // as line() counts: only LF inside a quoted field
                        badLine++;
                    }
                }
                String name = header != null && f < header.size() ? " (" + header.get(f) + ")" : "";
                throw Utf8Text.notUtf8(fileName, "line " + badLine + ", column " + (f + 1) + name, buf[bad]);
            }
        }
    }

    private void unescapeQuotes() {
        rawLength = -1;
        for (int f = 0; f < fieldCount; f++) {
            if (!escaped[f]) {
                continue;
            }
            if (rawLength < 0) {
                keepRawRecord();
            }
            int out = starts[f];
            for (int p = starts[f]; p < ends[f]; p++) {
                buf[out++] = buf[p];
                if (buf[p] == '"') {
                    p++; // skip the second quote of ""
                }
            }
            ends[f] = out;
        }
    }

    /**
     * Copies the record as read before its quotes are unescaped in place, which shifts bytes left and leaves stale
     * ones behind. Only records with a {@code ""} pay for the copy; the rejects file needs the row as it was.
     */
    private void keepRawRecord() {
        int length = Math.max(0, recordEnd - recordStart);
        if (raw.length < length) {
            raw = new byte[Math.max(length, raw.length * 2)];
        }
        System.arraycopy(buf, recordStart, raw, 0, length);
        rawLength = length;
    }

    private void compactAndFill() throws IOException {
        int keep = limit - recordStart;
        if (recordStart == 0 && limit == buf.length) {
            if (buf.length >= MAX_RECORD_BYTES) {
                throw new UserFacingException(fileName + ": the row starting on line " + line + " is longer than "
                        + (MAX_RECORD_BYTES >> 20) + " MB. Is a quote left open, or is this not a CSV file?");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
            System.arraycopy(buf, recordStart, buf, 0, keep);
        }
        limit = keep;
        pos = 0;
        nextLine = line;
        fill();
    }

    private void fill() throws IOException {
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            limit += n;
        }
    }

    /**
     * Whether the last record read ended at the end of the file without a line end. Most exporters end every
     * line, so this hints that the file was cut short at a row boundary, which no field count can show.
     */
    public boolean lastLineUnterminated() {
        return unterminated;
    }

    @Override
    public int fieldCount() {
        return fieldCount;
    }

    @Override
    public byte[] buffer() {
        return buf;
    }

    @Override
    public int[] starts() {
        return starts;
    }

    @Override
    public int[] ends() {
        return ends;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public String rawText() {
        if (rawLength >= 0) {
            return new String(raw, 0, rawLength, StandardCharsets.UTF_8);
        }
        return new String(buf, recordStart, Math.max(0, recordEnd - recordStart), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
