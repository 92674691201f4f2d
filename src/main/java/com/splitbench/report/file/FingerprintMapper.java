package com.splitbench.report.file;

import com.splitbench.analysis.model.HealthCounts;
import com.splitbench.report.DataFingerprint;
import com.splitbench.report.ImportedFile;
import com.splitbench.report.SourceDescription;
import com.splitbench.report.WarehouseSource;
import com.splitbench.report.WorkspaceSource;
import com.splitbench.report.file.ReportJson.FingerprintJson;
import com.splitbench.report.file.ReportJson.ImportedFileJson;
import com.splitbench.report.file.ReportJson.SourceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps the data fingerprint and its source description. */
final class FingerprintMapper {

    static final Set<String> SHAPES = Set.of("assignments", "events", "users");

    private FingerprintMapper() {
    }

    static FingerprintJson toJson(DataFingerprint fingerprint) {
        return new FingerprintJson(sourceJson(fingerprint.source()),
                StatisticsMapper.healthJson(fingerprint.exclusions()));
    }

    static DataFingerprint toDomain(FingerprintJson json, HealthCounts statisticsHealth, String path) {
        Fields.required(json, path);
        SourceDescription source = source(json.source(), path + ".source");
        HealthCounts exclusions = StatisticsMapper.health(json.exclusions(), path + ".exclusions");
        if (!exclusions.equals(statisticsHealth)) {
            throw new ContentException(path + ".exclusions", "disagree with statistics.health: the file was edited "
                    + "or damaged");
        }
        return new DataFingerprint(source, exclusions);
    }

    private static SourceJson sourceJson(SourceDescription source) {
        if (source instanceof WarehouseSource w) {
            return new SourceJson("warehouse", null, w.engine(), w.tables(), w.queryHash());
        }
        WorkspaceSource workspace = (WorkspaceSource) source;
        List<ImportedFileJson> files = workspace.files().stream()
                .map(f -> new ImportedFileJson(f.name(), f.size(), f.sha256(), f.shape(), f.experiment().orElse(null),
                        f.rowsRead(), f.rowsImported(), f.rowsRejected(), f.duplicatesSkipped()))
                .toList();
        return new SourceJson("workspace", files, null, null, null);
    }

    private static SourceDescription source(SourceJson json, String path) {
        Fields.required(json, path);
        String kind = Fields.required(json.kind(), path + ".kind");
        if (kind.equals("workspace")) {
            if (json.engine() != null || json.tables() != null || json.queryHash() != null) {
                throw new ContentException(path, "is a workspace source: engine, tables and queryHash do not apply");
            }
            List<ImportedFileJson> files = Fields.list(json.files(), ReportLimits.MAX_SOURCE_FILES, path + ".files");
            List<ImportedFile> imported = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                imported.add(file(files.get(i), path + ".files[" + i + "]"));
            }
            return new WorkspaceSource(imported);
        }
        if (kind.equals("warehouse")) {
            if (json.files() != null) {
                throw new ContentException(path, "is a warehouse source: files do not apply");
            }
            String engine = Fields.name(json.engine(), ReportLimits.MAX_LABEL, path + ".engine");
            List<String> tables = Fields.list(json.tables(), ReportLimits.MAX_TABLES, path + ".tables");
            for (int i = 0; i < tables.size(); i++) {
                Fields.name(tables.get(i), 2 * ReportLimits.MAX_NAME, path + ".tables[" + i + "]");
            }
            return new WarehouseSource(engine, tables, Fields.sha256(json.queryHash(), path + ".queryHash"));
        }
        throw new ContentException(path + ".kind", "must be workspace or warehouse");
    }

    private static ImportedFile file(ImportedFileJson json, String path) {
        String name = Fields.name(json.name(), ReportLimits.MAX_FILE_NAME, path + ".name");
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw new ContentException(path + ".name", "must be a file name, not a path");
        }
        String shape = Fields.required(json.shape(), path + ".shape");
        if (!SHAPES.contains(shape)) {
            throw new ContentException(path + ".shape", "must be assignments, events or users");
        }
        Optional<String> experiment = json.experiment() == null ? Optional.empty()
                : Optional.of(Fields.name(json.experiment(), path + ".experiment"));
        return new ImportedFile(name, Fields.count(json.size(), path + ".size"),
                Fields.sha256(json.sha256(), path + ".sha256"), shape, experiment,
                Fields.count(json.rowsRead(), path + ".rowsRead"),
                Fields.count(json.rowsImported(), path + ".rowsImported"),
                Fields.count(json.rowsRejected(), path + ".rowsRejected"),
                Fields.count(json.duplicatesSkipped(), path + ".duplicatesSkipped"));
    }
}
