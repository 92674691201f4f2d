package com.splitbench.ingest;

import com.splitbench.ingest.mapping.ColumnRole;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * How to read the files of an import.
 *
 * @param experiment the experiment key for files without an experiment column, or null
 * @param mappings explicit columns for roles, overriding the synonyms
 * @param timeZone the zone of times written without one
 * @param delimiter the field delimiter, or 0 to find it
 * @param skipBadRows import the good rows and write bad ones to the rejects file, instead of failing
 * @param keepDuplicates keep exact duplicate rows instead of skipping them
 * @param rejectsFile where rejected rows go, or null for the default beside the workspace
 */
public record ImportOptions(String experiment, Map<ColumnRole, String> mappings, ZoneId timeZone, byte delimiter,
        boolean skipBadRows, boolean keepDuplicates, Path rejectsFile) {

    public ImportOptions {
        mappings = Map.copyOf(mappings);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, new EnumMap<>(ColumnRole.class), ZoneOffset.UTC, (byte) 0, false, false, null);
    }

    public ImportOptions withExperiment(String key) {
        return new ImportOptions(key, mappings, timeZone, delimiter, skipBadRows, keepDuplicates, rejectsFile);
    }

    public ImportOptions withMapping(ColumnRole role, String column) {
        Map<ColumnRole, String> copy = new EnumMap<>(ColumnRole.class);
        copy.putAll(mappings);
        copy.put(role, column);
        return new ImportOptions(experiment, copy, timeZone, delimiter, skipBadRows, keepDuplicates, rejectsFile);
    }

    public ImportOptions withTimeZone(ZoneId zone) {
        return new ImportOptions(experiment, mappings, zone, delimiter, skipBadRows, keepDuplicates, rejectsFile);
    }

    public ImportOptions withDelimiter(byte value) {
        return new ImportOptions(experiment, mappings, timeZone, value, skipBadRows, keepDuplicates, rejectsFile);
    }

    public ImportOptions withSkipBadRows(boolean skip, Path rejects) {
        return new ImportOptions(experiment, mappings, timeZone, delimiter, skip, keepDuplicates, rejects);
    }

    public ImportOptions withKeepDuplicates(boolean keep) {
        return new ImportOptions(experiment, mappings, timeZone, delimiter, skipBadRows, keep, rejectsFile);
    }
}
