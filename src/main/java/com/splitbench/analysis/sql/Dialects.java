package com.splitbench.analysis.sql;

import com.splitbench.common.UserFacingException;
import java.util.List;
import java.util.Locale;

/** The supported engines, found by name or by JDBC URL. */
public final class Dialects {

    private static final List<SqlDialect> ALL = List.of(new PostgresDialect(), new TrinoDialect(),
            new SparkSqlDialect(), new BigQueryDialect(), new SnowflakeDialect(), new DuckDbDialect(),
            new H2Dialect());

    private Dialects() {
    }

    public static List<SqlDialect> all() {
        return ALL;
    }

    /** The dialect named {@code name} (postgresql, trino, sparksql, bigquery, snowflake, duckdb, h2). */
    public static SqlDialect byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new UserFacingException("Unknown SQL engine '" + name + "'. Use one of "
                        + ALL.stream().map(SqlDialect::name).toList() + "."));
    }

    /** The dialect for a JDBC URL, from its sub-protocol (jdbc:postgresql:, jdbc:trino:, jdbc:hive2:, ...). */
    public static SqlDialect forJdbcUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return byName("postgresql");
        }
        if (lower.startsWith("jdbc:trino:") || lower.startsWith("jdbc:presto:")) {
            return byName("trino");
        }
        if (lower.startsWith("jdbc:hive2:") || lower.startsWith("jdbc:spark:")
                || lower.startsWith("jdbc:databricks:")) {
            return byName("sparksql");
        }
        if (lower.startsWith("jdbc:bigquery:")) {
            return byName("bigquery");
        }
        if (lower.startsWith("jdbc:snowflake:")) {
            return byName("snowflake");
        }
        if (lower.startsWith("jdbc:duckdb:")) {
            return byName("duckdb");
        }
        if (lower.startsWith("jdbc:h2:")) {
            return byName("h2");
        }
        throw new UserFacingException("Cannot tell the SQL engine from the URL '" + safePrefix(url) + "'. Use a "
                + "jdbc:postgresql:, jdbc:trino:, jdbc:hive2:, jdbc:databricks:, jdbc:bigquery:, jdbc:snowflake:, "
                + "jdbc:duckdb: or jdbc:h2: URL, or name the engine with --engine.");
    }

    /** The URL up to its first parameter, so that a message never repeats a password put in the URL by mistake. */
    static String safePrefix(String url) {
        if (url == null) {
            return "";
        }
        int cut = url.length();
        for (char c : new char[] {'?', ';', '&', '@'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }
}
