package com.splitbench.analysis.sql;

import com.splitbench.analysis.local.InMemoryEventData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded, generated export with every case the analysis rules distinguish: several experiments with three
 * variants, dimensions (one with too many values to segment by, and missing values), duplicate assignment rows,
 * re-assignments to the same variant, users in two variants, events before exposure, exactly at exposure and a
 * millisecond before, events of unassigned users, events tied to another experiment or to this one, events without
 * a value, events after the analysis range, and a per-user table experiment. The same rows feed the local engine
 * (through {@link InMemoryEventData}) and the SQL engines (through {@link ExportLoader}).
 */
final class GeneratedExport {

    static final String EXPERIMENT = "exp_a";
    static final String TABLE_EXPERIMENT = "exp_table";
    /** A per-user table experiment whose rows have no exposure time. */
    static final String UNTIMED_EXPERIMENT = "exp_untimed";
    static final long NO_TIME = Long.MIN_VALUE;
    static final long DAY = 86_400_000L;
    static final long START = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
    static final List<String> VARIANTS = List.of("control", "treatment_1", "treatment_2");
    static final List<String> DIMENSIONS = List.of("country", "device", "session_id");
    static final List<String> TABLE_COLUMNS = List.of("clicks", "conversions", "retained", "pre_clicks");

    record Assignment(String user, String experiment, String variant, long time, Map<String, String> dims) {
    }

    record Event(String user, String experiment, String type, double value, long time) {
    }

    record UserRow(String user, String experiment, String variant, long time, Map<String, Double> columns,
            String country) {
    }

    final List<Assignment> assignments = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<UserRow> userRows = new ArrayList<>();

    private final SplittableRandom random;

    GeneratedExport(long seed, int users) {
        this.random = new SplittableRandom(seed);
        for (int u = 0; u < users; u++) {
            String user = "u" + u;
            int choice = random.nextInt(20);
            if (choice == 0) {
                unassignedUser(user);
            } else {
                assignedUser(user, EXPERIMENT, choice);
                if (random.nextInt(4) == 0) {
                    assignedUser(user, "exp_b", random.nextInt(1, 20));
                }
            }
        }
        for (int u = 0; u < users / 3; u++) {
            tableUser("t" + u, TABLE_EXPERIMENT, START + random.nextLong(8 * DAY));
        }
        for (int u = 0; u < users / 5; u++) {
            tableUser("n" + u, UNTIMED_EXPERIMENT, NO_TIME);
        }
    }

    private void assignedUser(String user, String experiment, int choice) {
        long exposure = START + random.nextLong(10 * DAY);
        String variant = VARIANTS.get(random.nextInt(3));
        Map<String, String> dims = dims();
        assignments.add(new Assignment(user, experiment, variant, exposure, dims));
        if (choice == 1) {
            assignments.add(new Assignment(user, experiment, variant, exposure, dims));
        } else if (choice == 2) {
            // Re-assigned later to the same variant with other dimensions: exposure and dimensions stay the first.
            assignments.add(new Assignment(user, experiment, variant, exposure + random.nextLong(1, 2 * DAY), dims()));
        } else if (choice == 3) {
            String other = VARIANTS.get((VARIANTS.indexOf(variant) + 1) % 3);
            assignments.add(new Assignment(user, experiment, other, exposure + random.nextLong(1, DAY), dims()));
        }
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            long time = exposure + random.nextLong(-3 * DAY, 14 * DAY);
            event(user, time);
        }
        if (choice == 4) {
            events.add(new Event(user, null, "purchase", 12.5, exposure));
            events.add(new Event(user, null, "purchase", 99.0, exposure - 1));
        }
    }

    private void unassignedUser(String user) {
        for (int i = 0; i < random.nextInt(1, 4); i++) {
            event(user, START + random.nextLong(12 * DAY));
        }
    }

    private void event(String user, long time) {
        int kind = random.nextInt(10);
        String experiment = kind == 0 ? "exp_b" : kind == 1 ? EXPERIMENT : null;
        String type = kind < 5 ? "visit" : kind < 8 ? "purchase" : "add_to_cart";
        double value = Double.NaN;
        if (type.equals("purchase") && random.nextInt(8) != 0) {
            value = Math.round(random.nextDouble() * 10_000) / 100.0;
        } else if (type.equals("add_to_cart") && random.nextBoolean()) {
            value = random.nextInt(4);
        }
        events.add(new Event(user, experiment, type, value, time));
    }

    private Map<String, String> dims() {
        Map<String, String> dims = new LinkedHashMap<>();
        int country = random.nextInt(5);
        if (country < 4) {
            dims.put("country", List.of("DE", "FR", "US", "BR").get(country));
        }
        dims.put("device", List.of("ios", "android", "web").get(random.nextInt(3)));
        dims.put("session_id", "s" + random.nextInt(1_000_000));
        return dims;
    }

    private void tableUser(String user, String experiment, long exposure) {
        String variant = VARIANTS.get(random.nextInt(3));
        Map<String, Double> columns = new LinkedHashMap<>();
        double clicks = random.nextInt(40);
        columns.put("clicks", clicks);
        columns.put("conversions", random.nextInt(6) == 0 ? Double.NaN : Math.floor(clicks * random.nextDouble()));
        columns.put("retained", (double) random.nextInt(2));
        columns.put("pre_clicks", random.nextInt(10) == 0 ? Double.NaN : (double) random.nextInt(30));
        userRows.add(new UserRow(user, experiment, variant, exposure, columns,
                random.nextInt(4) == 0 ? null : List.of("DE", "FR").get(random.nextInt(2))));
        long eventsFrom = exposure == NO_TIME ? START : exposure;
        for (int i = 0; i < random.nextInt(4); i++) {
            events.add(new Event(user, null, "visit", Double.NaN, eventsFrom + random.nextLong(-DAY, 5 * DAY)));
        }
    }

    /** The same rows as the local engine's input. */
    InMemoryEventData toEventData() {
        InMemoryEventData data = new InMemoryEventData();
        for (Assignment a : assignments) {
            List<String> dims = new ArrayList<>();
            a.dims().forEach((k, v) -> {
                dims.add(k);
                dims.add(v);
            });
            data.assign(a.user(), a.experiment(), a.variant(), Instant.ofEpochMilli(a.time()).toString(),
                    dims.toArray(String[]::new));
        }
        for (Event e : events) {
            data.event(e.user(), e.experiment(), e.type(), e.value(), Instant.ofEpochMilli(e.time()).toString());
        }
        for (UserRow r : userRows) {
            String[] dims = r.country() == null ? new String[0] : new String[] {"country", r.country()};
            data.userRow(r.user(), r.experiment(), r.variant(),
                    r.time() == NO_TIME ? null : Instant.ofEpochMilli(r.time()).toString(),
                    r.columns(), Set.of("retained"), dims);
        }
        return data;
    }
}
