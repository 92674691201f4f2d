package com.splitbench.report.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One streaming pass over a report's JSON before anything is bound: it checks the shape limits that Jackson's own
 * constraints do not cover (elements per array or object, total tokens) and reads the top-level {@code format} and
 * {@code version}, so that a newer or foreign file is refused with a clear message, not a list of unknown fields.
 */
final class JsonShapeScan {

    /** The top-level format and version, each null when absent or not of the right JSON type. */
    record Header(String format, Integer version) {
    }

    /** A limit the scan enforces, with what was found. */
    static final class ShapeException extends IOException {
        private static final long serialVersionUID = 1L;

        ShapeException(String message) {
            super(message);
        }
    }

    /** An open array or object and the entries seen in it so far. */
    private static final class Container {
        final boolean object;
        int entries;

        Container(boolean object) {
            this.object = object;
        }
    }

    private JsonShapeScan() {
    }

    static Header scan(JsonFactory factory, byte[] json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ShapeException("it does not hold a JSON object");
            }
            Deque<Container> open = new ArrayDeque<>();
            open.push(new Container(true));
            long tokens = 1;
            String format = null;
            Integer version = null;
            String topField = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (open.isEmpty()) {
                    throw new ShapeException("there is more after the JSON object at line "
                            + parser.currentLocation().getLineNr());
                }
                if (++tokens > ReportLimits.MAX_TOKENS) {
                    throw new ShapeException("it holds more than " + ReportLimits.MAX_TOKENS + " JSON values");
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                Container current = open.peek();
                if (current.object == (token == JsonToken.FIELD_NAME)
                        && ++current.entries > ReportLimits.MAX_CONTAINER_SIZE) {
                    throw new ShapeException("an array or object at line " + parser.currentLocation().getLineNr()
                            + " has more than " + ReportLimits.MAX_CONTAINER_SIZE + " entries");
                }
                if (token == JsonToken.VALUE_STRING && parser.getTextLength() > ReportLimits.MAX_STRING_CHARS) {
                    throw new ShapeException("a text at line " + parser.currentLocation().getLineNr()
                            + " is longer than " + ReportLimits.MAX_STRING_CHARS + " characters");
                }
                if (open.size() == 1) {
                    if (token == JsonToken.FIELD_NAME) {
                        topField = parser.currentName();
                    } else if ("format".equals(topField) && token == JsonToken.VALUE_STRING) {
                        format = parser.getText();
                    } else if ("version".equals(topField) && token == JsonToken.VALUE_NUMBER_INT) {
                        version = parser.getNumberType() == JsonParser.NumberType.INT ? parser.getIntValue() : -1;
                    }
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Container(token == JsonToken.START_OBJECT));
                }
            }
            return new Header(format, version);
        }
    }
}
