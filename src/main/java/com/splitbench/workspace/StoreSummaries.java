package com.splitbench.workspace;

import com.splitbench.workspace.ExperimentSummary.VariantSummary;
import com.splitbench.workspace.store.ByteDictionary;
import com.splitbench.workspace.store.ChunkKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Queries over the small summary tables written with each import (never over the chunks). */
final class StoreSummaries {

    private StoreSummaries() {
    }

    static List<ExperimentSummary> experiments(Connection connection, ByteDictionary symbols) throws SQLException {
        Map<Integer, List<VariantSummary>> variants = new LinkedHashMap<>();
        Map<Integer, Boolean> fromUserTable = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT experiment, variant, SUM(row_count), MIN(first_time),"
                        + " MAX(last_time), MAX(kind) FROM assignment_summary GROUP BY experiment, variant")) {
            while (rs.next()) {
                int experiment = rs.getInt(1);
                int variant = rs.getInt(2);
                variants.computeIfAbsent(experiment, e -> new ArrayList<>()).add(new VariantSummary(
                        symbols.string(variant), variant, rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                fromUserTable.merge(experiment, rs.getInt(6) == ChunkKind.USER_TABLE.code(), Boolean::logicalOr);
            }
        }
        List<ExperimentSummary> experiments = new ArrayList<>();
        for (Map.Entry<Integer, List<VariantSummary>> entry : variants.entrySet()) {
            List<VariantSummary> list = entry.getValue();
            list.sort(Comparator.comparing(VariantSummary::name));
            long rows = list.stream().mapToLong(VariantSummary::rows).sum();
            long first = list.stream().mapToLong(VariantSummary::firstTime).min().orElse(Long.MIN_VALUE);
            long last = list.stream().mapToLong(VariantSummary::lastTime).max().orElse(Long.MIN_VALUE);
            experiments.add(new ExperimentSummary(symbols.string(entry.getKey()), entry.getKey(), List.copyOf(list),
                    rows, first, last, fromUserTable.get(entry.getKey())));
        }
        experiments.sort(Comparator.comparing(ExperimentSummary::key));
        return experiments;
    }

    static List<EventTypeSummary> eventTypes(Connection connection, ByteDictionary symbols) throws SQLException {
        List<EventTypeSummary> types = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT event_type, SUM(row_count), SUM(valued_rows),"
                        + " MIN(first_time), MAX(last_time) FROM event_summary GROUP BY event_type")) {
            while (rs.next()) {
                int symbol = rs.getInt(1);
                types.add(new EventTypeSummary(symbols.string(symbol), symbol, rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)));
            }
        }
        types.sort(Comparator.comparing(EventTypeSummary::name));
        return types;
    }
}
