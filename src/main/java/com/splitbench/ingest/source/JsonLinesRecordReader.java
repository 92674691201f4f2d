package com.splitbench.ingest.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.splitbench.common.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines: one JSON object per line; keys are columns. The header is the keys of the first lines in the first
 * megabyte, in order of appearance; a later line that brings a new key stops the import (see {@link #column}). Scalars become their text,
 * null an empty field, and a nested object or array its JSON text (so a {@code context} object is read like a
 * context column in CSV).
 */
public final class JsonLinesRecordReader implements RecordReader {

    private static final JsonFactory JSON = new JsonFactory();
    /** How many first lines give the keys that the import maps to columns. */
    public static final int HEADER_SAMPLE_LINES = 1000;

    private final InputStream in;
    private final String fileName;
    /** Set once the header is taken from the first lines: the import maps its columns from it then. */
    private boolean headerFixed;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;
    private long line;
    private int lineStart;
    private int lineEnd;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private byte[] values = new byte[1024];
    private int valuesSize;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String problem;
    private final ByteArrayOutputStream nested = new ByteArrayOutputStream();

    public JsonLinesRecordReader(InputStream in, String fileName) throws IOException {
        this.in = in;
        this.fileName = fileName;
        fill();
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        collectHeaderFromSample();
        headerFixed = true;
        if (header.isEmpty()) {
            throw new UserFacingException(fileName + " has no JSON objects with keys in its first lines;"
                    + " a JSON Lines file has one object such as {\"user_id\": \"u1\", ...} per line.");
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            int end = findLineEnd();
            if (end < 0) {
                return false;
            }
            line = nextLine++;
            lineStart = pos;
            lineEnd = end;
            pos = end + 1;
            int s = lineStart;
            int e = lineEnd > s && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
                s++;
            }
            if (s == e) {
                continue;
            }
            checkUtf8(line, s, e);
            parseObject(s, e);
            return true;
        }
    }

    /** The index of the newline ending the line at {@code pos} (or the end of the data), or -1 at the end. */
    private int findLineEnd() throws IOException {
        while (true) {
            for (int p = pos; p < limit; p++) {
                if (buf[p] == '\n') {
                    return p;
                }
            }
            if (eof) {
                return pos < limit ? limit : -1;
            }
            if (pos == 0 && limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            } else {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            fill();
        }
    }

    private void parseObject(int start, int end) throws IOException {
        problem = null;
        valuesSize = 0;
        Arrays.fill(starts, 0);
        Arrays.fill(ends, 0);
        try (JsonParser parser = JSON.createParser(buf, start, end - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem = "the line is not a JSON object";
                return;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                int column = column(parser.currentName());
                JsonToken value = parser.nextToken();
                int valueStart = valuesSize;
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    nested.reset();
                    try (JsonGenerator generator = JSON.createGenerator(nested)) {
                        generator.copyCurrentStructure(parser);
                    }
                    append(nested.toByteArray());
                } else if (value != JsonToken.VALUE_NULL) {
                    append(parser.getText().getBytes(StandardCharsets.UTF_8));
                }
                starts[column] = valueStart;
                ends[column] = valuesSize;
            }
            if (parser.nextToken() != null) {
                problem = "text after the end of the JSON object";
            }
        } catch (JsonProcessingException e) {
            problem = "not valid JSON (" + readable(e.getOriginalMessage()) + ")";
        }
    }

    /**
     * Jackson's message without its advice to enable parser features, which a user cannot do: Python's json.dumps
     * writes NaN and Infinity, which JSON has no words for.
     */
    static String readable(String message) {
        int advice = message.indexOf(": enable `JsonReadFeature");
        if (advice >= 0) {
            return message.substring(0, advice) + ": JSON has no NaN or Infinity; write null for a missing value";
        }
        return message;
    }

    /**
     * The column of a key. A key first seen after the lines the header came from stops the import: the columns are
     * mapped by then, and importing on would drop its values without a word (a {@code value} key first seen on line
     * 1,501 lost every revenue). Skipping rows would not help, so it is a whole-file error, as a wrong encoding is.
     */
    private int column(String name) {
        Integer index = columns.get(name);
        if (index == null && headerFixed) {
            throw new UserFacingException(fileName + " line " + line + ": the key '" + name + "' first appears here,"
                    + " but the columns of a JSON Lines file are taken from its first " + HEADER_SAMPLE_LINES
                    + " lines, so its values would be lost. Put the key in the first line (with null where it has no"
                    + " value) and import again.");
        }
        if (index == null) {
            index = header.size();
            header.add(name);
            columns.put(name, index);
            if (index >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
        }
        return index;
    }

    private void append(byte[] bytes) {
        if (valuesSize + bytes.length > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, valuesSize + bytes.length));
        }
        System.arraycopy(bytes, 0, values, valuesSize, bytes.length);
        valuesSize += bytes.length;
    }

    private void collectHeaderFromSample() {
        int p = pos;
        for (int n = 0; n < HEADER_SAMPLE_LINES && p < limit; n++) {
            int end = p;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            if (end < limit || eof) { // a line cut by the end of the buffer may end inside a character
                checkUtf8(n + 1, p, end);
            }
            try (JsonParser parser = JSON.createParser(buf, p, end - p)) {
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                        column(parser.currentName());
                        parser.nextToken();
                        parser.skipChildren();
                    }
                }
            } catch (IOException ignored) {
                // A bad line is reported with its line number when it is read for real.
            }
            p = end + 1;
        }
    }

    /**
     * Fails the import when the line is not UTF-8: a whole-file error, for the reasons given at
     * {@code CsvRecordReader#checkUtf8}. Checked before Jackson, which would call it invalid JSON on that line only
     * (and, in the header sample, lose the keys after it). Strings that escape their non-ASCII characters are ASCII
     * and pass.
     */
    private void checkUtf8(long lineNumber, int start, int end) {
        int high = ByteScan.nonAscii(buf, start, end);
        if (high >= end) {
            return;
        }
        int bad = Utf8Text.invalidAt(buf, high, end);
        if (bad >= 0) {
            int character = 1;
            for (int p = start; p < bad; p++) {
                if ((buf[p] & 0xC0) != 0x80) {
                    character++;
                }
            }
            throw Utf8Text.notUtf8(fileName, "line " + lineNumber + ", character " + character, buf[bad]);
        }
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

    @Override
    public int fieldCount() {
        return header.size();
    }

    @Override
    public byte[] buffer() {
        return values;
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
        return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
