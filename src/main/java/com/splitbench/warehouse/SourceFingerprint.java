package com.splitbench.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a report made from a warehouse analysis records about its source: the engine, the tables (or "query" for a
 * query source) and a SHA-256 of the SQL text that ran, so that a reader can tell two analyses of the same source
 * and definition apart from others. It holds no URL, user or password.
 *
 * @param queryHash lower-case hex SHA-256 of the statements' text, joined by a line with a semicolon
 */
public record SourceFingerprint(String engine, List<String> tables, String queryHash) {

    public SourceFingerprint {
        tables = List.copyOf(tables);
    }

    /** The fingerprint of statements run against a source. */
    public static SourceFingerprint of(DataSourceDefinition source, List<String> statements) {
        return new SourceFingerprint(source.engine(), source.mapping().describeSources(), sha256(statements));
    }

    static String sha256(List<String> statements) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n;\n", statements).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** One line for people, e.g. {@code postgresql: assignments=public.assignments, events=events; sha256 3fa2…}. */
    public String describe() {
        return engine + ": " + String.join(", ", tables) + "; query sha256 " + queryHash;
    }
}
