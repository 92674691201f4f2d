package com.splitbench.analysis.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The common table expressions that say who is analysed (docs/analysis.md, rules 1–5 and 15):
 * <ul>
 * <li>{@code a}: the experiment's assignment rows (or per-user table rows), times in epoch ms, dimensions as text
 * ({@code dim_K}) and per-user table columns as numbers ({@code col_N});</li>
 * <li>{@code status}: one row per assigned unit, from its earliest row: exposure, variant, dimensions, whether it
 * named several variants ({@code multiple}) and whether it is analysed;</li>
 * <li>{@code users}: the analysed units.</li>
 * </ul>
 */
final class PopulationCtes {

    private PopulationCtes() {
    }

    /** Appends {@code sb_a} and {@code sb_status} (unless kept in a temporary table), then {@code sb_users}. */
    static void append(CteList ctes, AnalysisPlan plan) {
        appendStatus(ctes, plan);
        ctes.add("sb_users", new SqlText(plan.dialect()).add("SELECT unit_id, variant_name, exposed_ms"
                + carried(plan, "") + " FROM " + TemporaryRelations.STATUS + " WHERE analysed = 1"));
    }

    /** Appends {@code sb_a} and {@code sb_status}, unless {@code sb_status} is kept in a temporary table. */
    static void appendStatus(CteList ctes, AnalysisPlan plan) {
        if (!plan.isTemporaryTable(TemporaryRelations.STATUS)) {
            ctes.add("sb_a", rows(plan));
            ctes.add(TemporaryRelations.STATUS, status(plan));
        }
    }

    /** Appends {@code sb_a} alone: the experiment's rows, for a statement that reads {@code sb_status} as a table. */
    static void appendRows(CteList ctes, AnalysisPlan plan) {
        ctes.add("sb_a", rows(plan));
    }

    /** The statement that computes {@code sb_status}, to keep it in a temporary table. */
    static SqlQuery statusQuery(AnalysisPlan plan) {
        return new CteList(plan.dialect()).add("sb_a", rows(plan)).select(status(plan));
    }

    /** The carried columns ({@code , dim_0, col_0, ...}) with a row prefix such as {@code us.}. */
    static String carried(AnalysisPlan plan, String prefix) {
        StringBuilder columns = new StringBuilder();
        for (String name : carriedNames(plan)) {
            columns.append(", ").append(prefix).append(name);
        }
        return columns.toString();
    }

    static List<String> carriedNames(AnalysisPlan plan) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < plan.dimensionNames().size(); k++) {
            names.add("dim_" + k);
        }
        for (int c = 0; c < plan.userTableColumns().size(); c++) {
            names.add("col_" + c);
        }
        return names;
    }

    private static SqlText rows(AnalysisPlan plan) {
        SqlDialect d = plan.dialect();
        TableMapping mapping = plan.mapping();
        SourceRelation relation;
        String unit;
        String variant;
        Optional<String> experiment;
        Optional<TimeColumn> time;
        List<String> dimensions = new ArrayList<>();
        if (mapping.assignments().isPresent()) {
            AssignmentSource source = mapping.assignments().get();
            relation = source.relation();
            unit = source.unit();
            variant = source.variant();
            experiment = source.experiment();
            time = Optional.of(source.time());
            source.dimensions().forEach(c -> dimensions.add("src." + d.quote(c)));
            source.context().ifPresent(context -> context.keys().forEach(
                    key -> dimensions.add(d.jsonText("src." + d.quote(context.column()), key))));
        } else {
            UserTableSource source = mapping.userTable().orElseThrow();
            relation = source.relation();
            unit = source.unit();
            variant = source.variant();
            experiment = source.experiment();
            time = source.time();
            source.dimensions().forEach(c -> dimensions.add("src." + d.quote(c)));
        }
        SqlText sql = new SqlText(d).add("SELECT src." + d.quote(unit) + " AS unit_id, CAST(src." + d.quote(variant)
                + " AS " + d.textType() + ") AS variant_name, ");
        sql.add(time.map(t -> t.millisSql(d, "src")).orElse("CAST(0 AS " + d.bigintType() + ")") + " AS at_ms");
        for (int k = 0; k < dimensions.size(); k++) {
            sql.add(", CAST(" + dimensions.get(k) + " AS " + d.textType() + ") AS dim_" + k);
        }
        List<String> columns = plan.userTableColumns();
        for (int c = 0; c < columns.size(); c++) {
            sql.add(", " + columnValue(plan, columns.get(c)) + " AS col_" + c);
        }
        sql.add("\n  FROM " + relation.fromSql(d) + " src\n  WHERE src." + d.quote(unit) + " IS NOT NULL AND src."
                + d.quote(variant) + " IS NOT NULL");
        time.ifPresent(t -> sql.add(" AND src." + d.quote(t.column()) + " IS NOT NULL"));
        experiment.ifPresent(c -> sql.add(" AND src." + d.quote(c) + " = ").bindText(plan.experimentKey()));
        return sql;
    }

    /** A per-user table column as a number: BOOLEAN columns become 1/0, others are cast to double. */
    private static String columnValue(AnalysisPlan plan, String column) {
        SqlDialect d = plan.dialect();
        String ref = "src." + d.quote(column);
        if (plan.booleanColumns().contains(column)) {
            return "CAST(CASE WHEN " + ref + " THEN 1 WHEN NOT " + ref + " THEN 0 END AS " + d.doubleType() + ")";
        }
        return "CAST(" + ref + " AS " + d.doubleType() + ")";
    }

    private static SqlText status(AnalysisPlan plan) {
        SqlDialect d = plan.dialect();
        String carried = carried(plan, "");
        SqlText analysed = new SqlText(d).add("CASE WHEN min_variant = max_variant");
        plan.from().ifPresent(from -> analysed.add(" AND at_ms >= ").bindLong(from));
        plan.to().ifPresent(to -> analysed.add(" AND at_ms < ").bindLong(to));
        analysed.add(" THEN 1 ELSE 0 END");
        return new SqlText(d).add("SELECT unit_id, variant_name, at_ms AS exposed_ms" + carried
                + ", CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, ").add(analysed)
                .add(" AS analysed\n  FROM (SELECT unit_id, variant_name, at_ms" + carried
                        + ", ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, "
                        + "MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, "
                        + "MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked"
                        + "\n  WHERE row_rank = 1");
    }
}
