package com.splitbench.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a context column such as {@code {"device":"mobile","country":"DE"}} into key/value pairs. A flat object
 * of plain strings, numbers and booleans is read by hand from the bytes (a million rows must not cost a second);
 * escapes or nested values fall back to Jackson, and a nested value is kept as its JSON text. Null values are
 * skipped.
 */
public final class FlatJsonObject {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives one key/value pair; the byte ranges are valid only during the call. */
    @FunctionalInterface
    public interface Visitor {
        void field(byte[] keyBytes, int keyStart, int keyEnd, byte[] valueBytes, int valueStart, int valueEnd);
    }

    private FlatJsonObject() {
    }

    public static void parse(byte[] b, int start, int end, Visitor visitor) throws BadValueException {
        int p = skipSpace(b, start, end);
        if (p == end || end - p == 4 && b[p] == 'n' && b[p + 1] == 'u' && b[p + 2] == 'l' && b[p + 3] == 'l') {
            return;
        }
        if (b[p] != '{') {
            throw new BadValueException("the context is not a JSON object");
        }
        if (!parseSimple(b, p, end, visitor, false)) {
            parseWithJackson(b, start, end, visitor);
        } else {
            parseSimple(b, p, end, visitor, true);
        }
    }

    /** First pass checks the object is simple (no escapes, no nesting); the second pass visits. */
    private static boolean parseSimple(byte[] b, int p, int end, Visitor visitor, boolean visit) {
        p = skipSpace(b, p + 1, end);
        if (p < end && b[p] == '}') {
            return skipSpace(b, p + 1, end) == end;
        }
        while (p < end) {
            if (b[p] != '"') {
                return false;
            }
            int keyStart = p + 1;
            int keyEnd = scanString(b, keyStart, end);
            if (keyEnd < 0) {
                return false;
            }
            p = skipSpace(b, keyEnd + 1, end);
            if (p >= end || b[p] != ':') {
                return false;
            }
            p = skipSpace(b, p + 1, end);
            if (p >= end) {
                return false;
            }
            int valueStart;
            int valueEnd;
            boolean isNull = false;
            if (b[p] == '"') {
                valueStart = p + 1;
                valueEnd = scanString(b, valueStart, end);
                if (valueEnd < 0) {
                    return false;
                }
                p = valueEnd + 1;
            } else if (b[p] == '{' || b[p] == '[') {
                return false;
            } else {
                valueStart = p;
                while (p < end && b[p] != ',' && b[p] != '}' && b[p] != ' ') {
                    p++;
                }
                valueEnd = p;
                isNull = valueEnd - valueStart == 4 && b[valueStart] == 'n';
            }
            if (visit && !isNull) {
                visitor.field(b, keyStart, keyEnd, b, valueStart, valueEnd);
            }
            p = skipSpace(b, p, end);
            if (p < end && b[p] == ',') {
                p = skipSpace(b, p + 1, end);
            } else if (p < end && b[p] == '}') {
                return skipSpace(b, p + 1, end) == end;
            } else {
                return false;
            }
        }
        return false;
    }

    private static int scanString(byte[] b, int p, int end) {
        while (p < end) {
            byte c = b[p];
            if (c == '"') {
                return p;
            }
            if (c == '\\') {
                return -1;
            }
            p++;
        }
        return -1;
    }

    private static void parseWithJackson(byte[] b, int start, int end, Visitor visitor) throws BadValueException {
        JsonNode node;
        try {
            node = JSON.readTree(b, start, end - start);
        } catch (JsonProcessingException e) {
            throw new BadValueException("the context is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (java.io.IOException e) {
            throw new BadValueException("the context cannot be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadValueException("the context is not a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            byte[] key = field.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] text = (value.isValueNode() ? value.asText() : value.toString()).getBytes(StandardCharsets.UTF_8);
            visitor.field(key, 0, key.length, text, 0, text.length);
        }
    }

    private static int skipSpace(byte[] b, int p, int end) {
        while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n')) {
            p++;
        }
        return p;
    }
}
