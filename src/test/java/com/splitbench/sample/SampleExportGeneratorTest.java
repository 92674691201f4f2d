package com.splitbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Determinism, layout and byte-level format of the generated export, and the committed sample-data/. */
class SampleExportGeneratorTest {

    @TempDir
    static Path temp;

    static SampleExport export;

    @BeforeAll
    static void generateTheSampleDataSize() throws IOException {
        export = new SampleExportGenerator(SampleExportGenerator.SAMPLE_DATA_SEED)
                .write(temp.resolve("sample"), SampleSize.SAMPLE_DATA);
    }

    @Test
    void committedSampleDataIsExactlyWhatTheCommittedSeedGenerates() throws IOException {
        Path committed = Path.of("sample-data");
        for (WrittenFile file : export.files()) {
            // Compared uncompressed: gzip bytes may differ between zlib builds, the content may not.
            assertThat(sha256(ExportFiles.content(committed.resolve(file.name()))))
                    .as("content of sample-data/%s", file.name())
                    .isEqualTo(file.contentSha256());
        }
        // Text comparison for a readable diff; both are ASCII with LF line ends, so equal text means equal bytes.
        assertThat(Files.readString(committed.resolve(SampleExportGenerator.MANIFEST)))
                .isEqualTo(Files.readString(export.directory().resolve(SampleExportGenerator.MANIFEST)));
    }

    @Test
    void sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        SampleSize size = new SampleSize(2_000, 20_000);
        SampleExport first = new SampleExportGenerator(7).write(temp.resolve("first"), size);
        SampleExport again = new SampleExportGenerator(7).write(temp.resolve("again"), size);
        SampleExport other = new SampleExportGenerator(8).write(temp.resolve("other"), size);
        try (Stream<Path> files = Files.list(first.directory())) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllBytes(again.directory().resolve(file.getFileName())))
                        .as("%s", file.getFileName())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        assertThat(other.file("events.csv.gz").contentSha256())
                .isNotEqualTo(first.file("events.csv.gz").contentSha256());
    }

    @Test
    void writesEveryImporterFormatWithTheDocumentedNames() {
        assertThat(export.files()).extracting(WrittenFile::name).containsExactly(
                "assignments.csv.gz", "assignments.jsonl.gz", "events.csv.gz", "users_checkout_redesign.csv");
        assertThat(Files.exists(export.directory().resolve("manifest.json"))).isTrue();
    }

    @Test
    void plainLayoutWritesUncompressedCsvWithoutTheJsonLinesCopy() throws IOException {
        SampleExport plain = new SampleExportGenerator(3)
                .write(temp.resolve("plain"), new SampleSize(300, 3_000), SampleFiles.PLAIN);
        assertThat(plain.files()).extracting(WrittenFile::name)
                .containsExactly("assignments.csv", "events.csv", "users_checkout_redesign.csv");
        assertThat(Files.readString(plain.directory().resolve("events.csv")))
                .startsWith("user_id,experiment_id,event_type,value,timestamp\n");
    }

    @Test
    void assignmentsCarryAUtf8BomAndTheUserTableEndsEveryLineWithCrlf() throws IOException {
        byte[] assignments = ExportFiles.content(export.file("assignments.csv.gz").path());
        assertThat(assignments).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(assignments, 3, 20, java.nio.charset.StandardCharsets.UTF_8)).startsWith("user_id,");
        String table = Files.readString(export.file("users_checkout_redesign.csv").path());
        assertThat(table.split("\n", -1)).hasSize((int) export.file("users_checkout_redesign.csv").rows() + 2);
        assertThat(table.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String events = new String(ExportFiles.content(export.file("events.csv.gz").path()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(events).doesNotContain("\r").doesNotStartWith("\uFEFF");
    }

    @Test
    void rowCountsInFilesMatchTheReport() throws IOException {
        for (WrittenFile file : export.files()) {
            assertThat(ExportFiles.lines(file.path())).as(file.name()).hasSize((int) file.rows() + headerLines(file));
            assertThat(sha256(ExportFiles.content(file.path()))).isEqualTo(file.contentSha256());
        }
        assertThat(export.eventRows()).isEqualTo(export.file("events.csv.gz").rows());
        assertThat(export.assignmentRows()).isEqualTo(export.file("assignments.csv.gz").rows());
    }

    @Test
    void eventTotalLandsNearTheRequestedTarget() throws IOException {
        for (long target : List.of(50_000L, 150_000L)) {
            SampleExport sized = new SampleExportGenerator(11).write(temp.resolve("size" + target),
                    new SampleSize(5_000, target), SampleFiles.PLAIN);
            assertThat((double) sized.eventRows()).as("target %d", target).isCloseTo(target,
                    org.assertj.core.data.Percentage.withPercentage(4));
        }
        assertThat(export.eventRows()).isCloseTo(200_000L, org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void targetBelowOneSessionPerUserGivesTheMinimumOfAboutFourEventsPerUser() throws IOException {
        SampleExport tiny = new SampleExportGenerator(5)
                .write(temp.resolve("tiny"), new SampleSize(3_000, 10), SampleFiles.PLAIN);
        assertThat(tiny.eventRows() / 3_000.0).isBetween(3.5, 4.5);
    }

    private static int headerLines(WrittenFile file) {
        return file.name().contains(".jsonl") ? 0 : 1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
