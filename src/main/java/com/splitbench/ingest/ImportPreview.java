package com.splitbench.ingest;

import com.splitbench.common.UserFacingException;
import com.splitbench.ingest.mapping.ColumnMapping;
import com.splitbench.ingest.mapping.ColumnRole;
import com.splitbench.ingest.parse.BadValueException;
import com.splitbench.ingest.parse.Numbers;
import com.splitbench.ingest.source.CsvRecordReader;
import com.splitbench.ingest.source.FormatSniffer;
import com.splitbench.ingest.source.JsonLinesRecordReader;
import com.splitbench.ingest.source.OpenedFile;
import com.splitbench.ingest.source.RecordReader;
import com.splitbench.ingest.source.SniffedFormat;
import com.splitbench.workspace.ImportShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * The first rows of a file exactly as the importer reads them (format, delimiter, gzip, quoting), with the shape
 * and column roles it would find: what the import wizard shows before anything is written.
 *
 * @param file           the file
 * @param format         the format's short name, e.g. {@code csv+gzip} or {@code jsonl}
 * @param header         the column names (for JSON Lines, the keys seen in the previewed rows)
 * @param rows           the first rows, each as wide as the header (missing fields are empty)
 * @param numericColumns columns whose previewed values are all numbers or booleans (and not all empty)
 * @param detectedShape  what the file most likely holds; the user may choose another
 */
public record ImportPreview(Path file, String format, List<String> header, List<List<String>> rows,
        Set<String> numericColumns, ImportShape detectedShape) {

    public ImportPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        numericColumns = Set.copyOf(numericColumns);
    }

    /**
     * Reads the first {@code maxRows} rows. Only the start of the file is read, so this is quick even for
     * gigabytes.
     *
     * @param delimiter the delimiter the user chose, or 0 to find it as the importer does
     * @throws UserFacingException when the file cannot be read or is not a table the importer takes
     */
    public static ImportPreview read(Path file, int maxRows, byte delimiter) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (OpenedFile opened = OpenedFile.open(file)) {
            SniffedFormat format = FormatSniffer.sniff(opened.sample(), opened.gzip(), delimiter, name);
            try (RecordReader reader = format.jsonLines() ? new JsonLinesRecordReader(opened.content(), name)
                    : new CsvRecordReader(opened.content(), format.delimiter(), name)) {
                List<List<String>> rows = new ArrayList<>();
                while (rows.size() < maxRows && reader.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 0; i < reader.fieldCount(); i++) {
                        row.add(reader.field(i));
                    }
                    rows.add(row);
                }
                List<String> header = List.copyOf(reader.header());
                List<List<String>> padded = rows.stream().map(row -> pad(row, header.size())).toList();
                Set<String> numeric = numericColumns(header, padded);
                return new ImportPreview(file, format.description(), header, padded, numeric,
                        detectShape(header, numeric));
            }
        } catch (ZipException e) {
            throw new UserFacingException(name + ": the gzip data is damaged (" + e.getMessage()
                    + "). Compress or download the file again.", e);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The column each role of {@code shape} would take with these explicit choices (see {@link ColumnMapping}). */
    public Map<ColumnRole, String> mapping(ImportShape shape, Map<ColumnRole, String> explicit) {
        return ColumnMapping.detect(header, shape, explicit);
    }

    /**
     * The likely shape: a column named like an event type means metric events; otherwise a variant column with an
     * experiment and a time column, and no numeric extra columns, means assignments; any other file with a variant
     * column is a per-user table (one row per user with metric columns).
     */
    static ImportShape detectShape(List<String> header, Set<String> numeric) {
        Map<ColumnRole, String> asEvents = ColumnMapping.detect(header, ImportShape.EVENTS, Map.of());
        if (asEvents.containsKey(ColumnRole.EVENT)) {
            return ImportShape.EVENTS;
        }
        Map<ColumnRole, String> asAssignments = ColumnMapping.detect(header, ImportShape.ASSIGNMENTS, Map.of());
        if (!asAssignments.containsKey(ColumnRole.VARIANT)) {
            return ImportShape.EVENTS;
        }
        boolean numericExtra = header.stream()
                .anyMatch(column -> !asAssignments.containsValue(column) && numeric.contains(column));
        return asAssignments.containsKey(ColumnRole.EXPERIMENT) && asAssignments.containsKey(ColumnRole.TIME)
                && !numericExtra ? ImportShape.ASSIGNMENTS : ImportShape.USERS;
    }

    private static Set<String> numericColumns(List<String> header, List<List<String>> rows) {
        Set<String> numeric = new LinkedHashSet<>();
        for (int c = 0; c < header.size(); c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> row : rows) {
                String value = row.get(c).strip();
                if (value.isEmpty()) {
                    continue;
                }
                any = true;
                if (!isNumberOrBoolean(value)) {
                    all = false;
                    break;
                }
            }
            if (any && all) {
                numeric.add(header.get(c));
            }
        }
        return numeric;
    }

    private static boolean isNumberOrBoolean(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (Numbers.parseBoolean(bytes, 0, bytes.length) >= 0) {
            return true;
        }
        try {
            Numbers.parseDouble(bytes, 0, bytes.length);
            return true;
        } catch (BadValueException e) {
            return false;
        }
    }

    private static List<String> pad(List<String> row, int width) {
        List<String> padded = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
        while (padded.size() < width) {
            padded.add("");
        }
        return padded;
    }
}
