package com.splitbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineApp.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheSampleLayoutAndSummarisesIt() {
        Path dir = temp.resolve("sample");
        int exit = run("sample", "--out", dir.toString(), "--users", "400", "--events", "4000", "--seed", "9");
        assertThat(exit).isZero();
        assertThat(dir.resolve("events.csv.gz")).exists();
        assertThat(dir.resolve("assignments.jsonl.gz")).exists();
        assertThat(dir.resolve("manifest.json")).exists();
        assertThat(out.toString()).contains("Wrote 400 users").contains("seed 9");
    }

    @Test
    void plainWritesUncompressedCsvForBenchmarks() {
        Path dir = temp.resolve("plain");
        assertThat(run("sample", "--out", dir.toString(), "--users", "50", "--plain")).isZero();
        assertThat(dir.resolve("events.csv")).exists();
        assertThat(dir.resolve("assignments.csv")).exists();
        assertThat(dir.resolve("assignments.jsonl")).doesNotExist();
    }

    @Test
    void rejectsZeroUsersWithAMessageAndNoStackTrace() {
        int exit = run("sample", "--out", temp.toString(), "--users", "0");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--users must be at least 1")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void refusesAnOutputPathThatIsAFile() throws Exception {
        Path file = Files.writeString(temp.resolve("taken.txt"), "x");
        int exit = run("sample", "--out", file.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("is a file, not a folder");
    }
}
