package com.splitbench.cli;

import com.splitbench.common.UserFacingException;
import com.splitbench.warehouse.Credentials;
import com.splitbench.warehouse.DataSourceDefinition;
import com.splitbench.warehouse.SavedSource;
import com.splitbench.warehouse.TableMappingOptions;
import com.splitbench.workspace.DefinitionRepository;
import com.splitbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a warehouse analysis runs: a JDBC URL (or the name of a source saved in the workspace), the credentials
 * (never read from files), and the mapping of the user's tables. docs/warehouse.md describes every option.
 */
public final class WarehouseOptions {

    @Option(names = "--source", paramLabel = "URL|NAME",
            description = "A JDBC URL (jdbc:postgresql://...) or the name of a source saved with 'source add'.")
    String source;

    @Option(names = "--engine", paramLabel = "NAME",
            description = "postgresql, trino, sparksql, bigquery, snowflake, duckdb or h2 (default: from the URL).")
    String engine;

    @Option(names = "--user", paramLabel = "NAME", description = "Database user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Environment variable holding the password (default: SPLITBENCH_DB_PASSWORD).")
    String passwordEnv;

    @Option(names = "--password", paramLabel = "TEXT", description = "The password (prefer --password-env).")
    String password;

    @Option(names = "--driver-jar", paramLabel = "PATH", description = "A JDBC driver jar not bundled with Splitbench.")
    Path driverJar;

    @Option(names = "--assignments-table", paramLabel = "TABLE") String assignmentsTable;
    @Option(names = "--assignments-query", paramLabel = "SQL") String assignmentsQuery;
    @Option(names = "--assignment-columns", paramLabel = "ROLE=COL,...") String assignmentColumns;
    @Option(names = "--dimensions", paramLabel = "COL,...") String dimensions;
    @Option(names = "--context-column", paramLabel = "COL") String contextColumn;
    @Option(names = "--context-keys", paramLabel = "KEY,...") String contextKeys;
    @Option(names = "--events-table", paramLabel = "TABLE") String eventsTable;
    @Option(names = "--events-query", paramLabel = "SQL") String eventsQuery;
    @Option(names = "--event-columns", paramLabel = "ROLE=COL,...") String eventColumns;
    @Option(names = "--user-table", paramLabel = "TABLE") String userTable;
    @Option(names = "--user-table-query", paramLabel = "SQL") String userTableQuery;
    @Option(names = "--user-table-columns", paramLabel = "ROLE=COL,...") String userTableColumns;
    @Option(names = "--metric-columns", paramLabel = "COL,...") String metricColumns;

    boolean present() {
        return source != null;
    }

    boolean isUrl() {
        return source != null && source.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    TableMappingOptions mapping() {
        return new TableMappingOptions(assignmentsTable, assignmentsQuery, assignmentColumns, dimensions,
                contextColumn, contextKeys, eventsTable, eventsQuery, eventColumns, userTable, userTableQuery,
                userTableColumns, metricColumns);
    }

    /** The source given as a URL on the command line. */
    SavedSource direct(String name) {
        return new SavedSource(name, engine, source, user, driverJar == null ? null : driverJar.toString(),
                mapping(), "");
    }

    /** The source: given by URL, or saved in the workspace under the name given. */
    SavedSource resolve(Optional<Workspace> workspace) {
        if (isUrl()) {
            return direct("command-line");
        }
        Workspace opened = workspace.orElseThrow(() -> new UserFacingException("--source " + source
                + " is not a JDBC URL, so it names a saved source: give --workspace too."));
        String json = new DefinitionRepository(opened).dataSource(source).orElseThrow(() -> new UserFacingException(
                "There is no data source '" + source + "' in " + opened.directory() + ". Saved sources: "
                        + new DefinitionRepository(opened).dataSourceNames() + "."));
        return SavedSource.fromJson(json);
    }

    Credentials credentials(SavedSource saved) {
        return Credentials.fromCommandLine(user != null ? user : saved.user(), password, passwordEnv, System.getenv());
    }

    static DataSourceDefinition definition(SavedSource saved) {
        return saved.definition();
    }
}
