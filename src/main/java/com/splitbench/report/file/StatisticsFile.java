package com.splitbench.report.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One experiment's sufficient statistics in a file of their own, in the form a report stores them, with a text
 * that says what they were computed from (the caller's to write and to compare). Read through the same strict
 * checks as a report, so a damaged file is refused rather than half believed.
 */
public final class StatisticsFile {

    private static final ObjectMapper MAPPER = ReportObjectMapper.create();

    /** The file's form: what the statistics were computed from, and the statistics as a report holds them. */
    record StatisticsFileJson(String source, StatisticsJson statistics) {
    }

    /** What a statistics file holds. */
    public record Contents(String source, ExperimentStatistics statistics) {
        public Contents {
            Objects.requireNonNull(source);
            Objects.requireNonNull(statistics);
        }
    }

    private StatisticsFile() {
    }

    /** Writes the file atomically (a temporary file beside the target, then one move). */
    public static void write(Path target, Contents contents) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(new StatisticsFileJson(contents.source(),
                    StatisticsMapper.toJson(contents.statistics())));
        } catch (JacksonException e) {
            throw new IllegalStateException("Statistics could not be written as JSON", e);
        }
        AtomicFiles.write(target, json);
    }

    /**
     * Reads a file {@link #write} wrote.
     *
     * @throws IOException when the file cannot be read or is not a statistics file in every detail
     */
    public static Contents read(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        try {
            StatisticsFileJson parsed = MAPPER.readValue(json, StatisticsFileJson.class);
            Fields.required(parsed, "$");
            return new Contents(Fields.required(parsed.source(), "source"),
                    StatisticsMapper.toDomain(parsed.statistics(), "statistics"));
        } catch (JacksonException | ContentException e) {
            throw new IOException(file + " is not a statistics file: " + e.getMessage(), e);
        }
    }
}
