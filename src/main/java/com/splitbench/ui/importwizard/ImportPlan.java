package com.splitbench.ui.importwizard;

import com.splitbench.ingest.ImportOptions;
import com.splitbench.ingest.ImportRequest;
import com.splitbench.ingest.ImportSource;
import com.splitbench.ingest.mapping.ColumnRole;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import requests for the wizard's files. Files read with the same options go into one request, which the
 * importer imports all or nothing; files that need other options (another column for a role, another experiment
 * key) go into a request of their own. In the common case every file is in one request.
 */
final class ImportPlan {

    private ImportPlan() {
    }

    static List<ImportRequest> requests(List<FileSetup> files, ZoneId zone, boolean skipBadRows,
                                        boolean keepDuplicates) {
        Map<ImportOptions, List<ImportSource>> groups = new LinkedHashMap<>();
        for (FileSetup file : files) {
            ImportOptions options = ImportOptions.defaults().withTimeZone(zone).withSkipBadRows(skipBadRows, null)
                    .withKeepDuplicates(keepDuplicates).withExperiment(file.experimentKey());
            for (Map.Entry<ColumnRole, String> column : file.explicitColumns().entrySet()) {
                options = options.withMapping(column.getKey(), column.getValue());
            }
            groups.computeIfAbsent(options, key -> new ArrayList<>())
                    .add(new ImportSource(file.path(), file.shapeProperty().get()));
        }
        List<ImportRequest> requests = new ArrayList<>();
        groups.forEach((options, sources) -> requests.add(new ImportRequest(sources, options)));
        return requests;
    }
}
