package com.splitbench.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The committed sample-data/ folder, read once per test run, with its manifest. */
final class CommittedSample {

    static final Path DIRECTORY = Path.of("sample-data");
    static final Path ASSIGNMENTS = DIRECTORY.resolve("assignments.csv.gz");
    static final Path ASSIGNMENTS_JSONL = DIRECTORY.resolve("assignments.jsonl.gz");
    static final Path EVENTS = DIRECTORY.resolve("events.csv.gz");
    static final Path USER_TABLE = DIRECTORY.resolve("users_checkout_redesign.csv");

    private static IndependentCounts counts;
    private static JsonNode manifest;

    private CommittedSample() {
    }

    static synchronized IndependentCounts counts() {
        if (counts == null) {
            try {
                counts = IndependentCounts.read(ASSIGNMENTS, EVENTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts;
    }

    static synchronized JsonNode manifest() {
        if (manifest == null) {
            try {
                manifest = new ObjectMapper().readTree(DIRECTORY.resolve("manifest.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return manifest;
    }

    static JsonNode experiment(String key) {
        for (JsonNode experiment : manifest().get("experiments")) {
            if (experiment.get("key").asText().equals(key)) {
                return experiment;
            }
        }
        throw new IllegalArgumentException("no experiment " + key + " in the manifest");
    }

    static JsonNode variant(String experiment, String variant) {
        for (JsonNode node : experiment(experiment).get("variants")) {
            if (node.get("name").asText().equals(variant)) {
                return node;
            }
        }
        throw new IllegalArgumentException("no variant " + variant + " in " + experiment);
    }
}
