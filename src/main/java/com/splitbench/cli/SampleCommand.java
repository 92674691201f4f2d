package com.splitbench.cli;

import com.splitbench.common.UserFacingException;
import com.splitbench.sample.ExperimentCounts;
import com.splitbench.sample.SampleExport;
import com.splitbench.sample.SampleExportGenerator;
import com.splitbench.sample.SampleFiles;
import com.splitbench.sample.SampleSize;
import com.splitbench.sample.WrittenFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code splitbench sample}: writes deterministic sample exports with planted effects. */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        description = {
            "Writes realistic experiment exports with planted effects and planted messiness, the same bytes for "
                    + "the same seed and size.",
            "Defaults reproduce the committed sample-data/ folder; --users 1000000 --events 10000000 --plain "
                    + "writes the benchmark export (about 690 MB)."
        })
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created).")
    Path out;

    @Option(names = "--users", paramLabel = "N", description = "Users, assigned or not (default: ${DEFAULT-VALUE}).")
    int users = SampleSize.SAMPLE_DATA.users();

    @Option(names = "--events", paramLabel = "N",
            description = "Approximate metric-event rows (default: ${DEFAULT-VALUE}); "
                    + "the manifest has the exact count.")
    long events = SampleSize.SAMPLE_DATA.events();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SampleExportGenerator.SAMPLE_DATA_SEED;

    @Option(names = "--plain",
            description = "Write events.csv uncompressed and skip the JSON Lines copy (for benchmarks).")
    boolean plain;

    @Override
    public Integer call() {
        if (users < 1) {
            throw new UserFacingException("--users must be at least 1, got " + users + ".");
        }
        if (events < 0) {
            throw new UserFacingException("--events must not be negative, got " + events + ".");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserFacingException("--out " + out + " is a file, not a folder. Give a folder to write into.");
        }
        SampleExport export;
        try {
            export = new SampleExportGenerator(seed)
                    .write(out, new SampleSize(users, events), plain ? SampleFiles.PLAIN : SampleFiles.SAMPLE_DATA);
        } catch (IOException e) {
            throw new UserFacingException("Could not write the sample to " + out + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk has space.", e);
        }
        PrintWriter printer = spec.commandLine().getOut();
        for (WrittenFile file : export.files()) {
            printer.printf("%-30s %,12d rows%n", file.name(), file.rows());
        }
        for (ExperimentCounts experiment : export.experiments()) {
            printer.printf("%-30s %,12d users assigned%n", experiment.key(), experiment.assignedUsers());
        }
        printer.printf("Wrote %,d users, %,d assignment rows and %,d event rows to %s (seed %d); see %s.%n",
                export.users(), export.assignmentRows(), export.eventRows(), out, seed,
                SampleExportGenerator.MANIFEST);
        return 0;
    }
}
