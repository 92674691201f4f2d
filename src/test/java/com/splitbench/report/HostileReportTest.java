package com.splitbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.splitbench.report.file.ReportFiles;
import com.splitbench.report.file.ReportLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files from someone else: damaged, truncated, oversized, zip bombs, wrong types, deep nesting, huge strings and
 * hostile values are each refused with one message that names the file and what is wrong.
 */
class HostileReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static ObjectNode validTree() throws IOException {
        return (ObjectNode) JSON.readTree(ReportFiles.toJsonBytes(SmallReports.report(SmallReports.plain(), "n")));
    }

    private Path json(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = validTree();
        change.accept(root);
        Path file = temp.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(root));
        return file;
    }

    private static String refusal(Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ReportFiles.read(file));
        assertThat(thrown).isInstanceOf(ReportFileException.class);
        String message = thrown.getMessage();
        assertThat(message).startsWith("Cannot open " + file + ": ").doesNotContain("\n").doesNotContain("\u001b");
        return message;
    }

    private static ObjectNode metric(ObjectNode root, int index) {
        return (ObjectNode) root.path("statistics").path("metrics").get(index);
    }

    @Test
    void aValidPlainJsonReportOpens() throws IOException {
        Path file = json("plain.json", root -> { });
        assertThat(ReportFiles.read(file).statistics().variants()).containsExactly("control", "treatment");
    }

    @Test
    void refusesANewerFormatVersion() throws IOException {
        assertThat(refusal(json("newer.splitreport", r -> r.put("version", 2))))
                .contains("written by a newer Splitbench (report format version 2; this version reads versions 1 "
                        + "to 1). Update Splitbench");
    }

    @Test
    void refusesFilesThatAreNotReports() throws IOException {
        Path spec = ReportFixtures.write(temp, "spec.json", "{\"format\": \"splitbench.analysis-spec\", "
                + "\"version\": 1, \"experiment\": {\"key\": \"k\"}}");
        assertThat(refusal(spec)).contains("it is an analysis spec, not a report");
        assertThat(refusal(ReportFixtures.write(temp, "notes.txt", "just some text")))
                .contains("not a Splitbench report (neither a report archive nor JSON)");
        assertThat(refusal(ReportFixtures.write(temp, "other.json", "{\"format\": \"something\"}")))
                .contains("not a Splitbench report (it has no \"format\": \"splitbench.report\")");
        assertThat(refusal(ReportFixtures.write(temp, "array.json", "[1, 2]"))).contains("not a Splitbench report");
        assertThat(refusal(ReportFixtures.write(temp, "empty.splitreport", ""))).contains("the file is empty");
        assertThat(refusal(temp.resolve("missing.splitreport"))).contains("the file does not exist");
    }

    @Test
    void refusesTruncatedAndDamagedFiles() throws IOException {
        byte[] zip = ReportFiles.toBytes(SmallReports.report(SmallReports.plain(), "n"));
        Path truncatedZip = temp.resolve("cut.splitreport");
        Files.write(truncatedZip, java.util.Arrays.copyOf(zip, zip.length * 2 / 3));
        assertThat(refusal(truncatedZip)).contains("the archive is damaged or truncated");

        byte[] damaged = zip.clone();
        damaged[200] ^= 0x5A;
        damaged[201] ^= 0x33;
        Path damagedZip = temp.resolve("damaged.splitreport");
        Files.write(damagedZip, damaged);
        assertThat(refusal(damagedZip)).containsAnyOf("the archive is damaged", "not valid JSON");

        byte[] json = JSON.writeValueAsBytes(validTree());
        Path truncatedJson = temp.resolve("cut.json");
        Files.write(truncatedJson, java.util.Arrays.copyOf(json, json.length / 2));
        assertThat(refusal(truncatedJson)).contains("the JSON ends early at line").contains("truncated or damaged");
        Path trailing = temp.resolve("trailing.json");
        Files.write(trailing, (new String(json, StandardCharsets.UTF_8) + "{}").getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(trailing)).contains("there is more after the JSON object");
    }

    @Test
    void refusesAnOversizedFileBeforeReadingIt() throws IOException {
        Path big = temp.resolve("big.splitreport");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ReportLimits.MAX_FILE_BYTES + 1);
        }
        assertThat(refusal(big)).contains("a report is at most 32 MB");
    }

    @Test
    void stopsDecompressingAZipBombAtTheLimit() throws IOException {
        Path bomb = temp.resolve("bomb.splitreport");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("report.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written <= ReportLimits.MAX_JSON_BYTES; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThat(refusal(bomb)).contains("decompresses to more than 128 MB (a zip bomb?)");
    }

    @Test
    void refusesAnArchiveWithoutTheReportEntry() throws IOException {
        Path file = temp.resolve("evil.splitreport");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("../../evil.sh"));
            zip.write("rm -rf /".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(refusal(file)).contains("the archive holds no report.json");
    }

    @Test
    void refusesWrongTypes() throws IOException {
        assertThat(refusal(json("t1.json", r -> ((ArrayNode) r.path("statistics").path("users")).set(0, "1000"))))
                .contains("the field statistics.users[0]").contains("has the wrong type or value");
        assertThat(refusal(json("t2.json", r -> ((ObjectNode) r.get("statistics")).put("variants", 5))))
                .contains("the field statistics.variants").contains("wrong type");
        assertThat(refusal(json("t3.json", r -> r.putArray("conclusion")))).contains("the field conclusion");
        assertThat(refusal(json("t4.json", r -> ((ArrayNode) r.path("statistics").path("users")).set(0, 10.5))))
                .contains("the field statistics.users[0]");
        assertThat(refusal(json("t5.json", r -> metric(r, 0).put("hasCovariate", "false"))))
                .contains("statistics.metrics[0].hasCovariate");
    }

    @Test
    void refusesDeepNestingHugeStringsAndHugeLists() throws IOException {
        assertThat(refusal(json("deep.json", r -> {
            ArrayNode node = r.putArray("deep");
            for (int i = 0; i < 200; i++) {
                node = node.addArray();
            }
        }))).contains("exceeds a size limit of report files").contains("nesting depth");
        assertThat(refusal(json("huge.json", r -> ((ObjectNode) r.get("conclusion"))
                .put("notes", "x".repeat(ReportLimits.MAX_STRING_CHARS + 1)))))
                .contains("a text at line 1 is longer than 1000000 characters");
        assertThat(refusal(json("long-notes.json", r -> ((ObjectNode) r.get("conclusion"))
                .put("notes", "x".repeat(Conclusion.MAX_NOTES_LENGTH + 1)))))
                .contains("the field conclusion.notes is longer than 100000 characters");
        assertThat(refusal(json("long-name.json", r -> ((ObjectNode) r.get("statistics")).put("experiment",
                "k".repeat(ReportLimits.MAX_NAME + 1))))).contains("statistics.experiment is longer than 200");
        assertThat(refusal(json("wide.json", r -> {
            ArrayNode list = r.putArray("padding");
            for (int i = 0; i <= ReportLimits.MAX_CONTAINER_SIZE; i++) {
                list.add(0);
            }
        }))).contains("has more than 100000 entries");
        assertThat(refusal(json("tokens.json", r -> {
            for (int a = 0; a < ReportLimits.MAX_TOKENS / ReportLimits.MAX_CONTAINER_SIZE + 1; a++) {
                ArrayNode list = r.putArray("padding" + a);
                for (int i = 0; i < ReportLimits.MAX_CONTAINER_SIZE; i++) {
                    list.add(0);
                }
            }
        }))).contains("holds more than 5000000 JSON values");
    }

    @Test
    void refusesImpossibleStatistics() throws IOException {
        assertThat(refusal(json("n.json", r -> moment(r).set(0, -3)))).contains(
                "statistics.metrics[0].overall[0] has n = -3.0: a user count must be a whole number ≥ 0");
        assertThat(refusal(json("half.json", r -> moment(r).set(0, 10.5)))).contains("a whole number ≥ 0");
        assertThat(refusal(json("inf.json", r -> moment(r).set(1, JSON.getNodeFactory().numberNode(
                new java.math.BigDecimal("1e400")))))).contains("statistics.metrics[0].overall[0][1] must be a finite");
        assertThat(refusal(json("sums.json", r -> {
            moment(r).set(1, 500);
            moment(r).set(2, 10);
        }))).contains("statistics.metrics[0].overall[0] holds inconsistent sums");
        assertThat(refusal(json("width.json", r -> moment(r).remove(8)))).contains("has 8 numbers, expected 9");
        assertThat(refusal(json("length.json", r -> ((ArrayNode) r.path("statistics").path("users")).add(5))))
                .contains("statistics.users has 3 entries, expected 2 (one per variant)");
        assertThat(refusal(json("type.json", r -> metric(r, 0).put("type", "ratio"))))
                .contains("statistics.metrics[0].type is ratio, which does not fit the metric's kind");
        assertThat(refusal(json("health.json", r -> ((ObjectNode) r.path("fingerprint").path("exclusions"))
                .put("multipleVariantUsers", 5)))).contains("disagree with statistics.health");
        assertThat(refusal(json("row.json", r -> ((ObjectNode) r.path("results").path("rows").get(0))
                .put("metric", "other")))).contains("names a metric that is not in statistics.metrics");
        assertThat(refusal(json("p.json", r -> ((ObjectNode) r.path("results").path("rows").get(1))
                .put("p_value", 1.5)))).contains("results.rows[1].p_value must be between 0 and 1");
    }

    @Test
    void refusesHostileNamesAndPaths() throws IOException {
        assertThat(refusal(json("path.json", r -> files(r).put("name", "../../.ssh/id_rsa"))))
                .contains("fingerprint.source.files[0].name must be a file name, not a path");
        assertThat(refusal(json("sha.json", r -> files(r).put("sha256", "not-a-hash"))))
                .contains("must be 64 lowercase hex digits");
        assertThat(refusal(json("empty-variant.json", r -> ((ArrayNode) r.path("statistics").path("variants"))
                .set(1, " ")))).contains("statistics.variants[1] is empty");
        assertThat(refusal(json("same-variant.json", r -> ((ArrayNode) r.path("statistics").path("variants"))
                .set(1, "control")))).contains("repeats the name 'control'");
        assertThat(refusal(json("escape.json", r -> ((ObjectNode) r.get("statistics"))
                .put("experiment", "\u001b[2Jgone")))).contains("contains the control character U+001B");
        assertThat(refusal(json("class.json", r -> r.put("@class", "java.lang.ProcessBuilder"))))
                .contains("unknown field '@class' in (root)");
        assertThat(refusal(json("url.json", r -> ((ObjectNode) r.path("fingerprint").path("source"))
                .put("url", "jdbc:postgresql://evil/db")))).contains("unknown field 'url'");
        assertThat(refusal(json("kind.json", r -> ((ObjectNode) r.path("fingerprint").path("source"))
                .put("kind", "jdbc")))).contains("fingerprint.source.kind must be workspace or warehouse");
        Path duplicate = ReportFixtures.write(temp, "duplicate.json", new String(JSON.writeValueAsBytes(validTree()),
                StandardCharsets.UTF_8).replaceFirst("\\{", "{\"version\": 1, "));
        assertThat(refusal(duplicate)).contains("Duplicate field 'version'");
    }

    private static ArrayNode moment(ObjectNode root) {
        return (ArrayNode) metric(root, 0).path("overall").get(0);
    }

    private static ObjectNode files(ObjectNode root) {
        return (ObjectNode) root.path("fingerprint").path("source").path("files").get(0);
    }

    static void writeZip(Path file, byte[] json) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("report.json"));
            zip.write(json);
            zip.closeEntry();
        }
    }

}
