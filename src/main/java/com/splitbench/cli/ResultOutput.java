package com.splitbench.cli;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultsCsv;
import com.splitbench.analysis.result.ResultsJson;
import com.splitbench.common.UserFacingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Where and how a results table is written: CSV or JSON, to stdout or atomically to a file. */
public final class ResultOutput {

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default: csv).")
    String format = "csv";

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    void write(AnalysisResult result, PrintWriter stdout) {
        String text = render(result);
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        writeAtomically(out, text);
    }

    private String render(AnalysisResult result) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "csv":
                StringWriter csv = new StringWriter();
                ResultsCsv.write(result, csv);
                return csv.toString();
            case "json":
                return ResultsJson.write(result) + "\n";
            default:
                throw new UserFacingException("Unknown format '" + format + "': use csv or json.");
        }
    }

    /** Writes a temp file beside the target and moves it into place, so a failure never leaves half a file. */
    static void writeAtomically(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
