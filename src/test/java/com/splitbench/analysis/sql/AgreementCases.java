package com.splitbench.analysis.sql;

import com.splitbench.analysis.StatisticsRequest;
import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.ExperimentDefinition;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.UserAggregate.Aggregation;
import com.splitbench.spec.ValueFilter;
import com.splitbench.spec.ValueFilter.Op;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table mappings, metrics and requests the agreement tests run on every engine. */
final class AgreementCases {

    private AgreementCases() {
    }

    static AssignmentSource assignments(boolean jsonContext) {
        return new AssignmentSource(SourceRelation.table("assignments"), "user_id", Optional.of("experiment"),
                "variant", TimeColumn.timestamp("assigned_at"),
                jsonContext ? List.of() : GeneratedExport.DIMENSIONS,
                jsonContext ? Optional.of(new JsonContext("context", GeneratedExport.DIMENSIONS)) : Optional.empty());
    }

    static EventSource events() {
        return new EventSource(SourceRelation.table("events"), "user_id", Optional.of("experiment"), "event_type",
                Optional.of("event_value"), TimeColumn.epochMillis("event_time"));
    }

    static TableMapping eventMapping(boolean jsonContext) {
        return TableMapping.ofEvents(assignments(jsonContext), events());
    }

    static TableMapping userTableMapping() {
        return TableMapping.ofUserTable(new UserTableSource(SourceRelation.table("user_table"), "user_id",
                Optional.of("experiment"), "variant", Optional.of(TimeColumn.timestamp("exposed_at")),
                GeneratedExport.TABLE_COLUMNS, List.of("country")), events());
    }

    static TableMapping untimedUserTableMapping() {
        return TableMapping.ofUserTable(new UserTableSource(SourceRelation.table("user_table"), "user_id",
                Optional.of("experiment"), "variant", Optional.empty(), List.of(), List.of("country")), events());
    }

    static List<MetricDefinition> eventMetrics() {
        return List.of(
                MetricDefinition.of("visit_rate", new MetricKind.Binary("visit", null)),
                MetricDefinition.of("big_purchase_rate", new MetricKind.Binary("purchase", new ValueFilter(Op.GT, 20)))
                        .withWindow(new ConversionWindow(Duration.ZERO, Optional.of(Duration.ofDays(3))))
                        .withCuped(new Cuped(true, Duration.ofDays(7))),
                MetricDefinition.of("purchases", new MetricKind.Count("purchase", null))
                        .withWindow(new ConversionWindow(Duration.ofHours(1), Optional.empty())),
                MetricDefinition.of("revenue", new MetricKind.Mean("purchase", null))
                        .withCapping(new Capping.Percentile(0.9)).withCuped(Cuped.ON),
                MetricDefinition.of("revenue_capped", new MetricKind.Mean("purchase", null))
                        .withCapping(new Capping.Absolute(50)),
                MetricDefinition.of("carts", new MetricKind.Count("add_to_cart", new ValueFilter(Op.NE, 0))),
                MetricDefinition.of("cart_value", new MetricKind.Mean("add_to_cart", new ValueFilter(Op.GE, 1)))
                        .withCapping(new Capping.Percentile(0.5)),
                MetricDefinition.of("revenue_per_visit", new MetricKind.Ratio(
                        new UserAggregate("purchase", Aggregation.SUM, null),
                        new UserAggregate("visit", Aggregation.COUNT, null))).withCapping(new Capping.Absolute(120)),
                MetricDefinition.of("buyers_per_visit", new MetricKind.Ratio(
                        new UserAggregate("purchase", Aggregation.ANY, new ValueFilter(Op.LE, 80)),
                        new UserAggregate("visit", Aggregation.ANY, null)))
                        .withWindow(new ConversionWindow(Duration.ZERO, Optional.of(Duration.ofDays(5)))),
                MetricDefinition.of("late_visits", new MetricKind.Count("visit", null))
                        .withWindow(new ConversionWindow(Duration.ofDays(2), Optional.of(Duration.ofDays(4))))
                        .withCuped(new Cuped(true, Duration.ofDays(2))),
                MetricDefinition.of("unknown_type", new MetricKind.Count("never_seen", null)));
    }

    static List<MetricDefinition> columnMetrics() {
        return List.of(
                MetricDefinition.of("clicks", new MetricKind.Column("clicks", "pre_clicks"))
                        .withCuped(Cuped.ON).withCapping(new Capping.Percentile(0.95)),
                MetricDefinition.of("retained", new MetricKind.Column("retained", null)),
                MetricDefinition.of("conversion_per_click", new MetricKind.ColumnRatio("conversions", "clicks")),
                MetricDefinition.of("conversions", new MetricKind.Column("conversions", null))
                        .withCapping(new Capping.Absolute(10)),
                MetricDefinition.of("visit_rate", new MetricKind.Binary("visit", null)));
    }

    /** The requests, by a name that says what each one exercises. */
    static Map<String, StatisticsRequest> requests() {
        ExperimentDefinition plain = ExperimentDefinition.of(GeneratedExport.EXPERIMENT);
        ExperimentDefinition ranged = new ExperimentDefinition(GeneratedExport.EXPERIMENT, null, null, null, null,
                Optional.of(Instant.ofEpochMilli(GeneratedExport.START + 2 * GeneratedExport.DAY + 12_345)),
                Optional.of(Instant.ofEpochMilli(GeneratedExport.START + 9 * GeneratedExport.DAY + 777)), null);
        return Map.of(
                "all event metrics with series", new StatisticsRequest(plain, eventMetrics(), true, true),
                "date range", new StatisticsRequest(ranged, eventMetrics(), true, true),
                "CUPED switched off, no series", new StatisticsRequest(plain, eventMetrics(), false, false),
                "another experiment", new StatisticsRequest(ExperimentDefinition.of("exp_b"),
                        eventMetrics().subList(0, 4), true, true));
    }

    static StatisticsRequest userTableRequest() {
        return new StatisticsRequest(ExperimentDefinition.of(GeneratedExport.TABLE_EXPERIMENT), columnMetrics(), true,
                true);
    }
}
