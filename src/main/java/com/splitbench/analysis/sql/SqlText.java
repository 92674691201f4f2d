package com.splitbench.analysis.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A piece of SQL and the values bound to its {@code ?} placeholders, in order. Builders append SQL they wrote
 * themselves, identifiers through the dialect's quoting, and every value through a {@code bind} method, so no
 * value ever becomes SQL text. Each bound value is wrapped in a CAST so that every engine knows its type.
 */
public final class SqlText {

    private final SqlDialect dialect;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public SqlText(SqlDialect dialect) {
        this.dialect = dialect;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Appends SQL written by Splitbench (keywords, aliases, quoted identifiers); never user-supplied values. */
    public SqlText add(String fragment) {
        sql.append(fragment);
        return this;
    }

    public SqlText add(SqlText other) {
        sql.append(other.sql);
        params.addAll(other.params);
        return this;
    }

    /** Appends the fragments separated by {@code separator}. */
    public SqlText join(String separator, List<SqlText> fragments) {
        for (int i = 0; i < fragments.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            add(fragments.get(i));
        }
        return this;
    }

    public SqlText bindLong(long value) {
        params.add(value);
        sql.append("CAST(? AS ").append(dialect.bigintType()).append(')');
        return this;
    }

    public SqlText bindDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Only finite numbers can be bound, got " + value);
        }
        params.add(value);
        sql.append("CAST(? AS ").append(dialect.doubleType()).append(')');
        return this;
    }

    public SqlText bindText(String value) {
        params.add(value);
        sql.append("CAST(? AS ").append(dialect.textType()).append(')');
        return this;
    }

    public boolean isEmpty() {
        return sql.length() == 0;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return Collections.unmodifiableList(params);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
