package com.splitbench.analysis.sql;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A forward-only view of a result set that counts what it reads for its {@link QueryRunner}: each row, and its
 * payload (8 bytes a number, the UTF-8 length of text, nothing for NULL).
 */
public final class Rows {

    private final ResultSet resultSet;
    private final QueryRunner counter;
    private final int columns;

    Rows(ResultSet resultSet, QueryRunner counter) throws SQLException {
        this.resultSet = resultSet;
        this.counter = counter;
        this.columns = resultSet.getMetaData().getColumnCount();
    }

    public boolean next() throws SQLException {
        if (!resultSet.next()) {
            return false;
        }
        long bytes = 0;
        for (int i = 1; i <= columns; i++) {
            Object value = resultSet.getObject(i);
            if (value instanceof Number) {
                bytes += Long.BYTES;
            } else if (value != null) {
                bytes += value.toString().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        counter.count(bytes);
        return true;
    }

    /** A whole number; NULL reads as 0 (a SUM over no rows). */
    public long getLong(int column) throws SQLException {
        return resultSet.getLong(column);
    }

    /** A number; NULL reads as 0 (a SUM over no rows). */
    public double getDouble(int column) throws SQLException {
        return resultSet.getDouble(column);
    }

    public OptionalLong getOptionalLong(int column) throws SQLException {
        long value = resultSet.getLong(column);
        return resultSet.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    public OptionalDouble getOptionalDouble(int column) throws SQLException {
        double value = resultSet.getDouble(column);
        return resultSet.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public String getString(int column) throws SQLException {
        return resultSet.getString(column);
    }
}
