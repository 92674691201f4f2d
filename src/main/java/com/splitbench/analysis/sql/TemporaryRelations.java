package com.splitbench.analysis.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The relations that most statements of one analysis read, computed once into session temporary tables instead of
 * once per statement: {@code sb_status} (each assigned unit's first assignment row, from a sort of the assignment
 * rows) and {@code sb_pu} (each analysed user's raw event aggregates, from a join of the users with the events).
 * Without them every statement re-reads the sources: the events four more times, the assignments seven more.
 *
 * <p>Only on engines that keep temporary tables ({@link SqlDialect#keepsTemporaryTables()}), and only while each
 * creation succeeds: when the engine refuses one (no right to create temporary tables, say), the statements from
 * then on define the relations themselves, as common table expressions, and give the same results. The tables are
 * dropped when the analysis ends, however it ends.
 */
final class TemporaryRelations implements AutoCloseable {

    static final String STATUS = "sb_status";
    static final String PER_USER = "sb_pu";

    private final SqlDialect dialect;
    private final QueryRunner runner;
    private final List<String> created = new ArrayList<>();
    private boolean enabled;

    /** @param allowed false to run every statement on its own even where temporary tables would work */
    TemporaryRelations(SqlDialect dialect, QueryRunner runner, boolean allowed) {
        this.dialect = dialect;
        this.runner = runner;
        this.enabled = allowed && dialect.keepsTemporaryTables();
    }

    /** Keeps {@code sb_status} in a temporary table if possible; returns the plan that reads it from there. */
    AnalysisPlan keepStatus(AnalysisPlan plan) {
        return keep(plan, STATUS, PopulationCtes.statusQuery(plan));
    }

    /**
     * Keeps {@code sb_pu} in a temporary table if possible (only analyses with event metrics have one); returns the
     * plan that reads it from there.
     */
    AnalysisPlan keepPerUser(AnalysisPlan plan) {
        if (plan.eventMetrics().isEmpty()) {
            return plan;
        }
        return keep(plan, PER_USER, UserValueCtes.perUserQuery(plan));
    }

    private AnalysisPlan keep(AnalysisPlan plan, String name, SqlQuery query) {
        if (!enabled) {
            return plan;
        }
        if (!runner.createTemporaryTable(name, query)) {
            // Whatever refused this one would most likely refuse the next: stop trying for this analysis.
            enabled = false;
            return plan;
        }
        created.add(name);
        return plan.withTemporaryTable(name);
    }

    @Override
    public void close() {
        for (int i = created.size() - 1; i >= 0; i--) {
            runner.dropTemporaryTable(dialect, created.get(i));
        }
        created.clear();
    }
}
