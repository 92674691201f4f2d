package com.splitbench.analysis.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.inference.Interval;
import com.splitbench.stats.srm.SrmResult;
import java.util.List;

/**
 * The results as JSON ({@code analyze --format json}): the same row fields as {@link ResultsCsv} (null where
 * the CSV cell is empty, with the reason in {@code notes}), plus the SRM check, the health counts and the settings.
 */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    public static String write(AnalysisResult result) {
        try {
            return MAPPER.writeValueAsString(tree(result));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Results could not be written as JSON", e);
        }
    }

    public static ObjectNode tree(AnalysisResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("experiment", result.experimentKey());
        root.put("control", result.control());
        ArrayNode variants = root.putArray("variants");
        for (int v = 0; v < result.variants().size(); v++) {
            variants.addObject().put("name", result.variants().get(v)).put("users", result.statistics().users().get(v));
        }
        root.set("srm", srm(result.srm()));
        result.segmentDimension().ifPresent(d -> root.put("segmentDimension", d));
        if (!result.segmentSrm().isEmpty()) {
            ObjectNode segments = root.putObject("segmentSrm");
            result.segmentSrm().forEach((segment, srm) -> segments.set(segment, srm(srm)));
        }
        HealthCounts h = result.health();
        root.putObject("health").put("assignedUsers", h.assignedUsers())
                .put("multipleVariantUsers", h.multipleVariantUsers())
                .put("outsideDateRangeUsers", h.outsideDateRangeUsers())
                .put("eventsBeforeExposure", h.eventsBeforeExposure())
                .put("unassignedUserEvents", h.unassignedUserEvents())
                .put("eventsOfExcludedUsers", h.eventsOfExcludedUsers());
        ArrayNode rows = root.putArray("rows");
        for (ResultRow row : result.rows()) {
            rows.add(row(result, row));
        }
        return root;
    }

    private static ObjectNode row(AnalysisResult result, ResultRow row) {
        ObjectNode node = MAPPER.createObjectNode();
        List<String> cells = ResultsCsv.cells(result, row);
        for (int i = 0; i < ResultsCsv.COLUMNS.size(); i++) {
            String column = ResultsCsv.COLUMNS.get(i);
            String cell = cells.get(i);
            if (isText(column)) {
                node.put(column, unquote(cell));
            } else if (cell.isEmpty()) {
                node.putNull(column);
            } else if (column.equals("is_control") || column.equals("sequential")) {
                node.put(column, Boolean.parseBoolean(cell));
            } else if (column.equals("users")) {
                node.put(column, Long.parseLong(cell));
            } else {
                node.put(column, Double.parseDouble(cell));
            }
        }
        ObjectNode notes = MAPPER.createObjectNode();
        note(notes, "p_value", row.pValue());
        note(notes, "abs_ci", row.absoluteInterval());
        note(notes, "rel_ci", row.relativeInterval());
        note(notes, "mean", row.mean());
        if (!notes.isEmpty()) {
            node.set("notes", notes);
        }
        return node;
    }

    private static boolean isText(String column) {
        return List.of("experiment", "metric", "variant", "control", "metric_type", "role", "direction",
                "segment_dimension", "segment", "correction", "verdict").contains(column);
    }

    /** JSON carries the raw text: undo the CSV quoting (the formula guard is a CSV concern). */
    private static String unquote(String cell) {
        String text = cell;
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
            text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        if (text.startsWith("'") && text.length() > 1 && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text;
    }

    private static void note(ObjectNode notes, String field, Outcome<?> outcome) {
        if (outcome instanceof Outcome.NotComputable<?> missing) {
            notes.put(field, missing.reason());
        }
    }

    private static ObjectNode srm(Outcome<SrmResult> outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        if (outcome.isComputed()) {
            SrmResult srm = outcome.orElseThrow();
            node.put("chiSquare", srm.chiSquare()).put("degreesOfFreedom", srm.degreesOfFreedom())
                    .put("pValue", srm.pValue()).put("flagged", srm.flagged()).put("threshold", srm.threshold());
        } else {
            node.putNull("pValue");
            node.put("reason", outcome.explanation());
        }
        return node;
    }
}
