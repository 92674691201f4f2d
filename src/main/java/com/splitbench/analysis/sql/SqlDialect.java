package com.splitbench.analysis.sql;

import com.splitbench.common.UserFacingException;
import java.util.List;
import java.util.Locale;

/**
 * Everything that differs between SQL engines, in one object per engine. The query builders write standard SQL
 * and ask the dialect only for the pieces engines spell differently: identifier quoting and case, type names,
 * epoch-millisecond conversion, integer division, JSON access for context dimensions, row limits and
 * temporary tables. Percentiles need no engine function: they are read from order statistics (see
 * {@link OrderStatisticsQuery}), so they are exact on every engine. All time arithmetic is done on epoch
 * milliseconds (BIGINT), so no engine's date functions are needed beyond the conversion.
 */
public abstract class SqlDialect {

    /** How an engine stores an unquoted identifier, so that a name the user typed can be quoted to match it. */
    public enum IdentifierCase {
        LOWER, UPPER, INSENSITIVE
    }

    /** The engine's short name: postgresql, trino, sparksql, bigquery, snowflake, duckdb, h2. */
    public abstract String name();

    /** A name for people, e.g. "PostgreSQL". */
    public abstract String displayName();

    /** The identifier quote character. */
    protected char quoteChar() {
        return '"';
    }

    protected IdentifierCase identifierCase() {
        return IdentifierCase.LOWER;
    }

    /** Quotes a validated identifier (one part of a name). */
    public final String quote(String identifier) {
        Identifiers.requireValidPart(identifier);
        return quoteChar() + identifier + quoteChar();
    }

    /**
     * Quotes a table name of one to three dotted parts. A part written all in lower or all in upper case is taken
     * as the user would have written it unquoted, so it is folded to the case the engine stores; a mixed-case part
     * is kept exactly.
     */
    public String quoteTable(String qualifiedName) {
        List<String> parts = Identifiers.tableParts(qualifiedName);
        StringBuilder sql = new StringBuilder();
        for (String part : parts) {
            if (sql.length() > 0) {
                sql.append('.');
            }
            sql.append(quote(foldUnquoted(part)));
        }
        return sql.toString();
    }

    String foldUnquoted(String part) {
        boolean lower = part.equals(part.toLowerCase(Locale.ROOT));
        boolean upper = part.equals(part.toUpperCase(Locale.ROOT));
        if (!lower && !upper) {
            return part;
        }
        return switch (identifierCase()) {
            case LOWER -> part.toLowerCase(Locale.ROOT);
            case UPPER -> part.toUpperCase(Locale.ROOT);
            case INSENSITIVE -> part;
        };
    }

    public String bigintType() {
        return "BIGINT";
    }

    public String doubleType() {
        return "DOUBLE PRECISION";
    }

    public String textType() {
        return "VARCHAR";
    }

    /** Epoch milliseconds (BIGINT) of a timestamp expression taken as UTC. */
    public abstract String epochMillis(String timestampSql);

    /** {@code dividend / divisor} for non-negative BIGINT operands, truncated to a BIGINT. */
    public SqlText integerDivide(SqlText dividend, String divisor) {
        return new SqlText(this).add("(").add(dividend).add(") / " + divisor);
    }

    /**
     * The text value of a top-level key of a JSON text column, NULL when the key is absent. The key is a
     * validated identifier and is written into a path literal, because several engines require constant paths.
     */
    public abstract String jsonText(String columnSql, String key);

    /** Limits a query to its first {@code rows} rows. */
    public String limit(String querySql, int rows) {
        return querySql + " LIMIT " + rows;
    }

    /**
     * Settings for the transaction each statement runs in ({@code SET LOCAL ...}), so that they never outlive it.
     * Empty for most engines.
     */
    public List<String> transactionSettings() {
        return List.of();
    }

    /**
     * Whether a CTE is evaluated again for each row that joins it, so that queries must run step by step
     * through temporary tables (see {@link SqlQuery}).
     */
    public boolean reevaluatesCtes() {
        return false;
    }

    /**
     * Whether one analysis may keep its per-user relations (the analysed units, their raw aggregates) in session
     * temporary tables and read them from every later statement, instead of computing them again in each
     * statement. Off for engines where a temporary table needs rights a reader often lacks, or lives in a script
     * or session the JDBC driver does not keep (BigQuery, Snowflake, Trino, Spark SQL): those run every statement
     * on its own, with common table expressions. When creating a temporary table fails, the analysis falls back
     * to that form too.
     */
    public boolean keepsTemporaryTables() {
        return false;
    }

    /** The statement that creates temporary table {@code name} (a fixed {@code sb_} name) from {@code query}. */
    public SqlText createTemporaryTable(String name, SqlText query) {
        return new SqlText(this).add("CREATE TEMPORARY TABLE " + name + " AS\n").add(query);
    }

    /**
     * The statement that drops temporary table {@code name} if it exists. Engines with a schema for temporary
     * tables name it, so that a failed create can never drop a user's own table of the same name.
     */
    public String dropTemporaryTable(String name) {
        return "DROP TABLE IF EXISTS " + name;
    }

    /**
     * Statements to run after creating a temporary table that has a {@code unit_id} column, so that the engine
     * plans the statements reading it well (statistics, an index). Empty for most engines.
     */
    public List<String> afterCreatingTemporaryTable(String name) {
        return List.of();
    }

    /** A JSON path for a validated key, e.g. {@code '$.device'}. */
    protected static String jsonPath(String key) {
        Identifiers.requireValidPart(key);
        return "'$." + key + "'";
    }

    /** Throws a message saying this engine cannot do something, and what to do instead. */
    protected static UserFacingException unsupported(String what) {
        return new UserFacingException(what);
    }
}
