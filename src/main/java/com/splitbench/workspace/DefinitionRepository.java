package com.splitbench.workspace;

import com.splitbench.common.UserFacingException;
import com.splitbench.spec.AnalysisSpec;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.json.SpecFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What users define and keep in the workspace: each experiment's analysis spec (definition, metrics, settings) and
 * the metric library. Stored as the same versioned JSON as spec files, so old definitions migrate the same way.
 */
public final class DefinitionRepository {

    private final Workspace workspace;

    public DefinitionRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The saved spec of an experiment, if the user has edited it. */
    public Optional<AnalysisSpec> experiment(String key) {
        String sql = "SELECT spec_json FROM experiment_definition WHERE experiment_key = ?";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(SpecFiles.parse(rows.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "the saved definition of " + key));
            }
        } catch (SQLException e) {
            throw failure("read the definition of " + key, e);
        }
    }

    /** The keys of the experiments with a saved spec, in order. */
    public List<String> definedExperimentKeys() {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT experiment_key FROM experiment_definition ORDER BY experiment_key");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        } catch (SQLException e) {
            throw failure("list the experiment definitions", e);
        }
    }

    /** Saves (inserts or replaces) an experiment's spec. */
    public void saveExperiment(AnalysisSpec spec) {
        String sql = "MERGE INTO experiment_definition(experiment_key, spec_json, updated_at) KEY(experiment_key) "
                + "VALUES (?, ?, ?)";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setString(1, spec.experiment().key());
            statement.setString(2, SpecFiles.toJson(spec));
            statement.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("save the definition of " + spec.experiment().key(), e);
        }
    }

    /** The metric library, by name. */
    public List<MetricDefinition> metrics() {
        List<MetricDefinition> metrics = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT name, metric_json FROM metric_definition ORDER BY name");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                metrics.add(SpecFiles.parseMetric(rows.getString(2), "metric " + rows.getString(1)));
            }
            return metrics;
        } catch (SQLException e) {
            throw failure("read the metric library", e);
        }
    }

    public void saveMetric(MetricDefinition metric) {
        String sql = "MERGE INTO metric_definition(name, metric_json, updated_at) KEY(name) VALUES (?, ?, ?)";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setString(1, metric.name());
            statement.setString(2, SpecFiles.metricToJson(metric));
            statement.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("save metric " + metric.name(), e);
        }
    }

    public void deleteMetric(String name) {
        try (PreparedStatement statement = connection().prepareStatement(
                "DELETE FROM metric_definition WHERE name = ?")) {
            statement.setString(1, name);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete metric " + name, e);
        }
    }

    /**
     * A saved warehouse source's JSON (its form belongs to the warehouse layer; it never holds a password).
     */
    public Optional<String> dataSource(String name) {
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT source_json FROM data_source WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read data source " + name, e);
        }
    }

    /** The names of the saved warehouse sources. */
    public List<String> dataSourceNames() {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement("SELECT name FROM data_source ORDER BY name");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw failure("list the data sources", e);
        }
    }

    public void saveDataSource(String name, String json) {
        String sql = "MERGE INTO data_source(name, source_json, updated_at) KEY(name) VALUES (?, ?, ?)";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setString(1, name);
            statement.setString(2, json);
            statement.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("save data source " + name, e);
        }
    }

    /** Removes a saved warehouse source; returns whether there was one under the name. */
    public boolean deleteDataSource(String name) {
        try (PreparedStatement statement = connection().prepareStatement("DELETE FROM data_source WHERE name = ?")) {
            statement.setString(1, name);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("delete data source " + name, e);
        }
    }

    /**
     * Saves a source under its new name and removes the one under the old name, in one transaction, so a rename
     * never leaves both or neither. Refuses to overwrite another source that already has the new name.
     */
    public void renameDataSource(String oldName, String newName, String json) {
        Connection connection = connection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (!oldName.equals(newName) && dataSource(newName).isPresent()) {
                    throw new UserFacingException("There is already a data source named '" + newName + "' in "
                            + workspace.directory() + ". Choose another name, or delete that source first.");
                }
                deleteDataSource(oldName);
                saveDataSource(newName, json);
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("rename data source " + oldName + " to " + newName, e);
        }
    }

    private Connection connection() {
        return workspace.connection();
    }

    private UserFacingException failure(String what, SQLException e) {
        return new UserFacingException("Could not " + what + " in workspace " + workspace.directory() + ": "
                + e.getMessage(), e);
    }
}
