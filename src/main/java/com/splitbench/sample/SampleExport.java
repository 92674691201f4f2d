package com.splitbench.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run of the generator wrote.
 *
 * @param directory        the output folder
 * @param seed             the seed it ran with
 * @param size             the requested size
 * @param files            the data files, in the order of the manifest
 * @param users            users simulated (assigned or not)
 * @param assignmentRows   rows of assignments.csv
 * @param eventRows        rows of the events file
 * @param mess             the messiness actually written
 * @param experiments      per-experiment counts
 * @param timestampFormats per file name: how many rows spell their time in each format (label to count)
 */
public record SampleExport(
        Path directory,
        long seed,
        SampleSize size,
        List<WrittenFile> files,
        long users,
        long assignmentRows,
        long eventRows,
        MessCounts mess,
        List<ExperimentCounts> experiments,
        Map<String, Map<String, Long>> timestampFormats) {

    public SampleExport {
        files = List.copyOf(files);
        experiments = List.copyOf(experiments);
    }

    /** The file with this name, e.g. {@code assignments.csv}. */
    public WrittenFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file " + name + " was written"));
    }

    public ExperimentCounts experiment(String key) {
        return experiments.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no experiment " + key));
    }
}
