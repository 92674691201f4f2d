package com.splitbench.spec.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.InvalidSpecException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes analysis spec files: versioned JSON, validated on the way in. No class names or polymorphic
 * typing come from the file; unknown fields are refused (they are usually typos) with the line and column.
 */
public final class SpecFiles {

    /** A spec is a few kilobytes; anything much larger is not a spec. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper MAPPER = newMapper();

    private SpecFiles() {
    }

    /** A mapper configured for Splitbench's JSON formats: strict on read, stable and indented on write. */
    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(100).build());
        return mapper;
    }

    public static AnalysisSpec read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidSpecException(file + " is larger than " + MAX_BYTES / 1024 / 1024
                        + " MB: it is not an analysis spec.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in.readAllBytes(), file.toString());
            }
        } catch (NoSuchFileException e) {
            throw new InvalidSpecException("The spec file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new InvalidSpecException("The spec file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses spec JSON; {@code source} names it in messages. */
    public static AnalysisSpec parse(byte[] json, String source) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new InvalidSpecException(source + " is not an analysis spec: expected a JSON object.");
            }
            checkFormatAndVersion(root, source);
            // Bound from the bytes, not the tree, so that errors carry the line and column.
            SpecJson dto = MAPPER.readValue(json, SpecJson.class);
            try {
                return SpecMapper.toDomain(dto);
            } catch (InvalidSpecException e) {
                throw new InvalidSpecException(source + ": " + e.getMessage(), e);
            }
        } catch (JacksonException e) {
            throw new InvalidSpecException(source + " is not a valid analysis spec" + where(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidSpecException(source + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static String toJson(AnalysisSpec spec) {
        try {
            return MAPPER.writeValueAsString(SpecMapper.toJson(spec));
        } catch (JacksonException e) {
            throw new IllegalStateException("An analysis spec could not be written as JSON", e);
        }
    }

    /** One metric definition as JSON (the form used inside a spec's {@code metrics} list). */
    public static String metricToJson(com.splitbench.spec.MetricDefinition metric) {
        try {
            return MAPPER.writeValueAsString(MetricMapper.toJson(metric));
        } catch (JacksonException e) {
            throw new IllegalStateException("A metric definition could not be written as JSON", e);
        }
    }

    /** Parses one metric definition written by {@link #metricToJson}. */
    public static com.splitbench.spec.MetricDefinition parseMetric(String json, String source) {
        try {
            return MetricMapper.toDomain(MAPPER.readValue(json, SpecJson.MetricJson.class), 0);
        } catch (JacksonException e) {
            throw new InvalidSpecException(source + " is not a valid metric definition" + where(e.getLocation())
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    public static void write(AnalysisSpec spec, Path file) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".spec-", ".tmp");
        try {
            Files.writeString(temp, toJson(spec), StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void checkFormatAndVersion(JsonNode root, String source) {
        JsonNode format = root.get("format");
        if (format != null && !SpecJson.FORMAT.equals(format.asText())) {
            throw new InvalidSpecException(source + " is a '" + format.asText() + "' file, not an analysis spec.");
        }
        JsonNode version = root.get("version");
        if (version != null) {
            if (!version.canConvertToInt() || version.asInt() < 1) {
                throw new InvalidSpecException(source + " has an invalid version " + version + ".");
            }
            if (version.asInt() > SpecJson.CURRENT_VERSION) {
                throw new InvalidSpecException(source + " was written by a newer Splitbench (spec version "
                        + version.asInt() + "; this version reads up to " + SpecJson.CURRENT_VERSION
                        + "). Update Splitbench to open it.");
            }
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
