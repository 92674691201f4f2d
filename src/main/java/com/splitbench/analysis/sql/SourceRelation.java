package com.splitbench.analysis.sql;

import com.splitbench.common.UserFacingException;

/** Where rows come from: a table (a validated, dialect-quoted name) or a SQL query the user wrote. */
public sealed interface SourceRelation permits SourceRelation.Table, SourceRelation.Query {

    /** The relation as it appears in a FROM clause. */
    String fromSql(SqlDialect dialect);

    /** A short description for fingerprints and messages: the table name, or "query". */
    String describe();

    static SourceRelation table(String name) {
        return new Table(name);
    }

    static SourceRelation query(String sql) {
        return new Query(sql);
    }

    /** A table or view, written catalog.schema.table (one to three parts). */
    record Table(String name) implements SourceRelation {
        public Table {
            Identifiers.tableParts(name);
        }

        @Override
        public String fromSql(SqlDialect dialect) {
            return dialect.quoteTable(name);
        }

        @Override
        public String describe() {
            return name;
        }
    }

    /**
     * A SELECT the user wrote (on the command line or in the connection dialog, never read from a spec or report
     * file). It runs as a subquery with the user's own credentials. A trailing semicolon is dropped.
     */
    record Query(String sql) implements SourceRelation {
        public Query {
            if (sql == null || sql.isBlank()) {
                throw new UserFacingException("The source query is empty.");
            }
            sql = sql.strip();
            while (sql.endsWith(";")) {
                sql = sql.substring(0, sql.length() - 1).strip();
            }
            if (sql.contains(";")) {
                throw new UserFacingException("The source query holds more than one statement (a ';' inside it). "
                        + "Give a single SELECT.");
            }
        }

        @Override
        public String fromSql(SqlDialect dialect) {
            return "(" + sql + ")";
        }

        @Override
        public String describe() {
            return "query";
        }
    }
}
