package com.splitbench.analysis.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/** An {@link EventData} built row by row in tests; batches are split small to exercise batch boundaries. */
public final class InMemoryEventData implements EventData {

    private static final int BATCH = 7;

    private final Map<String, Integer> units = new HashMap<>();
    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<UserRow> userRows = new ArrayList<>();

    private record Assignment(int unit, int experiment, int variant, long time, Map<String, Integer> dims) {
    }

    private record Event(int unit, int experiment, int type, double value, long time) {
    }

    private record UserRow(int unit, int experiment, int variant, long time, Map<String, Double> columns,
            Set<String> booleans, Map<String, Integer> dims) {
    }

    public int unit(String id) {
        return units.computeIfAbsent(id, k -> units.size());
    }

    public int sym(String value) {
        return symbolIds.computeIfAbsent(value, k -> {
            symbols.add(k);
            return symbols.size() - 1;
        });
    }

    public InMemoryEventData assign(String user, String experiment, String variant, String time, String... dims) {
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        for (int i = 0; i + 1 < dims.length; i += 2) {
            dimensions.put(dims[i], sym(dims[i + 1]));
        }
        assignments.add(new Assignment(unit(user), sym(experiment), sym(variant), millis(time), dimensions));
        return this;
    }

    public InMemoryEventData event(String user, String experiment, String type, double value, String time) {
        events.add(new Event(unit(user), experiment == null ? -1 : sym(experiment), sym(type), value, millis(time)));
        return this;
    }

    public InMemoryEventData userRow(String user, String experiment, String variant, String time,
            Map<String, Double> columns, Set<String> booleanColumns, String... dims) {
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        for (int i = 0; i + 1 < dims.length; i += 2) {
            dimensions.put(dims[i], sym(dims[i + 1]));
        }
        userRows.add(new UserRow(unit(user), sym(experiment), sym(variant), time == null ? Long.MIN_VALUE
                : millis(time), columns, booleanColumns, dimensions));
        return this;
    }

    public static long millis(String time) {
        return Instant.parse(time).toEpochMilli();
    }

    @Override
    public int unitCount() {
        return units.size();
    }

    @Override
    public OptionalInt symbolId(String symbol) {
        Integer id = symbolIds.get(symbol);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    @Override
    public int symbolCount() {
        return symbols.size();
    }

    @Override
    public String symbol(int id) {
        return symbols.get(id);
    }

    @Override
    public void assignments(int experimentSymbol, Consumer<AssignmentBatch> consumer) {
        List<Assignment> rows = assignments.stream().filter(a -> a.experiment == experimentSymbol).toList();
        Set<String> dimNames = new LinkedHashSet<>();
        rows.forEach(r -> dimNames.addAll(r.dims.keySet()));
        List<String> names = List.copyOf(dimNames);
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<Assignment> part = rows.subList(start, Math.min(rows.size(), start + BATCH));
            int n = part.size();
            int[][] dims = new int[names.size()][n];
            for (int k = 0; k < names.size(); k++) {
                for (int i = 0; i < n; i++) {
                    dims[k][i] = part.get(i).dims.getOrDefault(names.get(k), -1);
                }
            }
            consumer.accept(new AssignmentBatch(n, part.stream().mapToInt(Assignment::unit).toArray(),
                    part.stream().mapToInt(Assignment::variant).toArray(),
                    part.stream().mapToLong(Assignment::time).toArray(), names, dims));
        }
    }

    @Override
    public void events(Consumer<EventBatch> consumer) {
        for (int start = 0; start < events.size(); start += BATCH) {
            List<Event> part = events.subList(start, Math.min(events.size(), start + BATCH));
            consumer.accept(new EventBatch(part.size(), part.stream().mapToInt(Event::unit).toArray(),
                    part.stream().mapToInt(Event::experiment).toArray(),
                    part.stream().mapToInt(Event::type).toArray(),
                    part.stream().mapToDouble(Event::value).toArray(),
                    part.stream().mapToLong(Event::time).toArray()));
        }
    }

    @Override
    public void userTables(int experimentSymbol, Consumer<UserTableBatch> consumer) {
        List<UserRow> rows = userRows.stream().filter(r -> r.experiment == experimentSymbol).toList();
        if (rows.isEmpty()) {
            return;
        }
        Set<String> columnNames = new LinkedHashSet<>();
        Set<String> dimNames = new LinkedHashSet<>();
        rows.forEach(r -> {
            columnNames.addAll(r.columns.keySet());
            dimNames.addAll(r.dims.keySet());
        });
        List<String> columns = List.copyOf(columnNames);
        List<String> dims = List.copyOf(dimNames);
        int n = rows.size();
        double[][] values = new double[columns.size()][n];
        boolean[] booleans = new boolean[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            booleans[k] = rows.get(0).booleans.contains(columns.get(k));
            for (int i = 0; i < n; i++) {
                values[k][i] = rows.get(i).columns.getOrDefault(columns.get(k), Double.NaN);
            }
        }
        int[][] dimValues = new int[dims.size()][n];
        for (int k = 0; k < dims.size(); k++) {
            for (int i = 0; i < n; i++) {
                dimValues[k][i] = rows.get(i).dims.getOrDefault(dims.get(k), -1);
            }
        }
        consumer.accept(new UserTableBatch(n, rows.stream().mapToInt(UserRow::unit).toArray(),
                rows.stream().mapToInt(UserRow::variant).toArray(), rows.stream().mapToLong(UserRow::time).toArray(),
                columns, values, booleans, dims, dimValues));
    }

    @Override
    public List<EventTypeInfo> eventTypes() {
        Map<Integer, Boolean> types = new LinkedHashMap<>();
        events.forEach(e -> types.merge(e.type, !Double.isNaN(e.value), Boolean::logicalOr));
        return types.entrySet().stream().map(e -> new EventTypeInfo(symbols.get(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(EventTypeInfo::name)).toList();
    }
}
