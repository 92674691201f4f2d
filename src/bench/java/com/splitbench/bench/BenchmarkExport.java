package com.splitbench.bench;

import com.splitbench.analysis.local.EventData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded benchmark export held in primitive arrays, readable by the local engine ({@link EventData}) and
 * written to a SQL server by {@link PostgresLoader}: one experiment with three variants, two dimensions, and
 * events of four types (purchases carry a value) from two days before to fourteen days after exposure.
 */
final class BenchmarkExport implements EventData {

    static final String EXPERIMENT = "bench_exp";
    static final long START = 1_772_323_200_000L; // 2026-03-01T00:00:00Z
    static final long DAY = 86_400_000L;
    static final String[] VARIANTS = {"control", "treatment_a", "treatment_b"};
    static final String[] TYPES = {"page_view", "session", "add_to_cart", "purchase"};
    static final String[] DEVICES = {"ios", "android", "web"};
    static final String[] COUNTRIES = {"DE", "FR", "US", "BR", "JP"};
    private static final int BATCH = 65_536;

    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    final int users;
    final int[] variant;
    final long[] exposure;
    final int[] device;
    final int[] country;
    final int[] eventUnit;
    final int[] eventType;
    final double[] eventValue;
    final long[] eventTime;

    BenchmarkExport(long seed, int users, int events) {
        for (String s : List.of(EXPERIMENT)) {
            sym(s);
        }
        Arrays.stream(VARIANTS).forEach(this::sym);
        Arrays.stream(TYPES).forEach(this::sym);
        Arrays.stream(DEVICES).forEach(this::sym);
        Arrays.stream(COUNTRIES).forEach(this::sym);
        SplittableRandom random = new SplittableRandom(seed);
        this.users = users;
        variant = new int[users];
        exposure = new long[users];
        device = new int[users];
        country = new int[users];
        for (int u = 0; u < users; u++) {
            variant[u] = random.nextInt(3);
            exposure[u] = START + random.nextLong(14 * DAY);
            device[u] = random.nextInt(DEVICES.length);
            country[u] = random.nextInt(COUNTRIES.length);
        }
        eventUnit = new int[events];
        eventType = new int[events];
        eventValue = new double[events];
        eventTime = new long[events];
        for (int i = 0; i < events; i++) {
            int u = random.nextInt(users);
            int kind = random.nextInt(100);
            int type = kind < 55 ? 0 : kind < 85 ? 1 : kind < 95 ? 2 : 3;
            eventUnit[i] = u;
            eventType[i] = type;
            // Treatments buy a little more, so that the metrics have something to find.
            eventValue[i] = type == 3 ? Math.round((5 + random.nextDouble() * 95 + variant[u] * 2) * 100) / 100.0
                    : Double.NaN;
            eventTime[i] = exposure[u] + random.nextLong(-2 * DAY, 14 * DAY);
        }
    }

    private int sym(String s) {
        return symbolIds.computeIfAbsent(s, k -> {
            symbols.add(k);
            return symbols.size() - 1;
        });
    }

    @Override
    public int unitCount() {
        return users;
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
        if (experimentSymbol != symbolIds.get(EXPERIMENT)) {
            return;
        }
        for (int start = 0; start < users; start += BATCH) {
            int end = Math.min(users, start + BATCH);
            int[] units = new int[end - start];
            int[] variants = new int[end - start];
            int[][] dims = new int[2][end - start];
            for (int u = start; u < end; u++) {
                units[u - start] = u;
                variants[u - start] = symbolIds.get(VARIANTS[variant[u]]);
                dims[0][u - start] = symbolIds.get(DEVICES[device[u]]);
                dims[1][u - start] = symbolIds.get(COUNTRIES[country[u]]);
            }
            consumer.accept(new AssignmentBatch(end - start, units, variants, Arrays.copyOfRange(exposure, start, end),
                    List.of("device", "country"), dims));
        }
    }

    @Override
    public void events(Consumer<EventBatch> consumer) {
        int[] typeSymbols = Arrays.stream(TYPES).mapToInt(symbolIds::get).toArray();
        for (int start = 0; start < eventUnit.length; start += BATCH) {
            int end = Math.min(eventUnit.length, start + BATCH);
            int[] experiments = new int[end - start];
            Arrays.fill(experiments, -1);
            int[] types = new int[end - start];
            for (int i = start; i < end; i++) {
                types[i - start] = typeSymbols[eventType[i]];
            }
            consumer.accept(new EventBatch(end - start, Arrays.copyOfRange(eventUnit, start, end), experiments, types,
                    Arrays.copyOfRange(eventValue, start, end), Arrays.copyOfRange(eventTime, start, end)));
        }
    }

    @Override
    public void userTables(int experimentSymbol, Consumer<UserTableBatch> consumer) {
        // The benchmark experiment has no per-user table.
    }

    @Override
    public List<EventTypeInfo> eventTypes() {
        return List.of(new EventTypeInfo("add_to_cart", false), new EventTypeInfo("page_view", false),
                new EventTypeInfo("purchase", true), new EventTypeInfo("session", false));
    }
}
