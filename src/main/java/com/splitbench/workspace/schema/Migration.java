package com.splitbench.workspace.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One forward step of the workspace schema. Versions are consecutive from 1; a released migration is never
 * edited, only followed by a new one (see {@link WorkspaceSchema}).
 */
public record Migration(int version, String description, Step step) {

    /** What a migration does, inside the migration's transaction. */
    @FunctionalInterface
    public interface Step {
        void apply(Connection connection) throws SQLException;
    }

    /** A step that runs SQL statements in order. */
    public static Step sql(String... statements) {
        return connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        };
    }
}
