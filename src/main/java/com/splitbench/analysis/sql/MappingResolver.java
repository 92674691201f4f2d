package com.splitbench.analysis.sql;

import com.splitbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches the column names of a table mapping against the columns each source really has (from a
 * {@code SELECT * ... WHERE 1 = 0}), so that a name typed in any case finds the stored column on engines that fold
 * case (PostgreSQL folds to lower, H2 and Snowflake to upper), and a wrong name fails early with the list of
 * columns. Also finds which per-user table columns are BOOLEAN, and the metric columns when none were named.
 */
final class MappingResolver {

    /** The mapping with stored column names, and the per-user table columns of SQL type BOOLEAN. */
    record Resolved(TableMapping mapping, Set<String> booleanColumns) {
    }

    private final Connection connection;
    private final SqlDialect dialect;

    MappingResolver(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Resolved resolve(TableMapping mapping) {
        Set<String> booleans = new TreeSet<>();
        Optional<AssignmentSource> assignments = mapping.assignments().map(this::resolve);
        Optional<EventSource> events = mapping.events().map(this::resolve);
        Optional<UserTableSource> table = mapping.userTable().map(t -> resolve(t, booleans));
        return new Resolved(new TableMapping(assignments, events, table), booleans);
    }

    private AssignmentSource resolve(AssignmentSource source) {
        Columns columns = columns(source.relation(), "assignments");
        return new AssignmentSource(source.relation(), columns.find(source.unit()),
                source.experiment().map(columns::find), columns.find(source.variant()),
                source.time().withColumn(columns.find(source.time().column())),
                source.dimensions().stream().map(columns::find).toList(),
                source.context().map(c -> new JsonContext(columns.find(c.column()), c.keys())));
    }

    private EventSource resolve(EventSource source) {
        Columns columns = columns(source.relation(), "events");
        return new EventSource(source.relation(), columns.find(source.unit()), source.experiment().map(columns::find),
                columns.find(source.eventType()), source.value().map(columns::find),
                source.time().withColumn(columns.find(source.time().column())));
    }

    private UserTableSource resolve(UserTableSource source, Set<String> booleans) {
        Columns columns = columns(source.relation(), "per-user table");
        String unit = columns.find(source.unit());
        Optional<String> experiment = source.experiment().map(columns::find);
        String variant = columns.find(source.variant());
        Optional<TimeColumn> time = source.time().map(t -> t.withColumn(columns.find(t.column())));
        List<String> dimensions = source.dimensions().stream().map(columns::find).toList();
        List<String> metrics;
        if (source.metricColumns().isEmpty()) {
            Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            taken.add(unit);
            taken.add(variant);
            experiment.ifPresent(taken::add);
            time.ifPresent(t -> taken.add(t.column()));
            taken.addAll(dimensions);
            metrics = columns.numericOrBoolean().stream().filter(c -> !taken.contains(c)).toList();
        } else {
            metrics = source.metricColumns().stream().map(columns::find).toList();
        }
        metrics.stream().filter(columns::isBoolean).forEach(booleans::add);
        return new UserTableSource(source.relation(), unit, experiment, variant, time, metrics, dimensions);
    }

    private Columns columns(SourceRelation relation, String role) {
        String sql = "SELECT * FROM " + relation.fromSql(dialect) + " src WHERE 1 = 0";
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            Map<String, Integer> types = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i), meta.getColumnType(i));
            }
            return new Columns(role, relation.describe(), types);
        } catch (SQLException e) {
            throw new UserFacingException("Cannot read the " + role + " source " + relation.describe() + ": "
                    + e.getMessage() + " Check the table name (or query) and that the user may read it.", e);
        }
    }

    /** The columns of one source with their JDBC types. */
    private record Columns(String role, String source, Map<String, Integer> types) {

        String find(String wanted) {
            if (types.containsKey(wanted)) {
                return wanted;
            }
            List<String> matches = new ArrayList<>();
            types.keySet().stream().filter(c -> c.equalsIgnoreCase(wanted)).forEach(matches::add);
            if (matches.size() == 1) {
                return Identifiers.requireValid(matches.get(0), "column");
            }
            throw new UserFacingException("The " + role + " source " + source + " has no column '" + wanted + "'"
                    + (matches.isEmpty() ? "" : " (several differ only in case: " + matches + ")")
                    + ". Its columns are " + types.keySet() + ".");
        }

        boolean isBoolean(String column) {
            int type = types.get(column);
            return type == Types.BOOLEAN || type == Types.BIT;
        }

        List<String> numericOrBoolean() {
            Set<Integer> numeric = Set.of(Types.BOOLEAN, Types.BIT, Types.TINYINT, Types.SMALLINT, Types.INTEGER,
                    Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL);
            return types.entrySet().stream().filter(e -> numeric.contains(e.getValue())).map(Map.Entry::getKey)
                    .filter(c -> c.matches("[A-Za-z_][A-Za-z0-9_]{0,127}")).toList();
        }
    }
}
