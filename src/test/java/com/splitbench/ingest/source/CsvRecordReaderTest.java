package com.splitbench.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<List<String>> read(String text, char delimiter) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), delimiter, new ArrayList<>());
    }

    private static List<List<String>> read(byte[] bytes, char delimiter, List<Long> lines) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes), (byte) delimiter, "t.csv")) {
            rows.add(reader.header());
            while (reader.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < reader.fieldCount(); i++) {
                    row.add(reader.field(i));
                }
                rows.add(row);
                lines.add(reader.line());
            }
        }
        return rows;
    }

    @Test
    void splitsQuotedFieldsWithDelimitersQuotesAndNewlines() throws IOException {
        List<Long> lines = new ArrayList<>();
        String csv = "a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,last\n";
        List<List<String>> rows = read(csv.getBytes(StandardCharsets.UTF_8), ',', lines);
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("x,1", "say \"hi\"", "two\nlines"),
                List.of("plain", "", "last"));
        assertThat(lines).containsExactly(2L, 4L);
    }

    @Test
    void readsCrlfAndLoneCrLineEndsAndSkipsTheBomAndBlankLines() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id\tv\r\n1\t2\r\n\r\n3\t4\r5\t6".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        List<Long> lines = new ArrayList<>();
        assertThat(read(all, '\t', lines)).containsExactly(List.of("id", "v"), List.of("1", "2"), List.of("3", "4"),
                List.of("5", "6"));
        assertThat(lines).containsExactly(2L, 4L, 5L);
    }

    @Test
    void skipsExcelsSeparatorLineAndCountsItAsTheFirstLine() throws IOException {
        for (String lineEnd : new String[] {"\n", "\r\n"}) {
            List<Long> lines = new ArrayList<>();
            String csv = "sep=;" + lineEnd + "user_id;variant" + lineEnd + "u1;control" + lineEnd;
            assertThat(read(csv.getBytes(StandardCharsets.UTF_8), ';', lines)).as(lineEnd)
                    .containsExactly(List.of("user_id", "variant"), List.of("u1", "control"));
            assertThat(lines).containsExactly(3L);
        }
    }

    @Test
    void readsRecordsThatCrossTheReadBuffer() throws IOException {
        StringBuilder csv = new StringBuilder("k,v\n");
        String big = "x".repeat(700_000);
        for (int i = 0; i < 5; i++) {
            csv.append(i).append(",\"").append(big).append("\"\"q\"\"\"\n");
        }
        List<List<String>> rows = read(csv.toString(), ',');
        assertThat(rows).hasSize(6);
        for (int i = 1; i <= 5; i++) {
            assertThat(rows.get(i).get(0)).isEqualTo(String.valueOf(i - 1));
            assertThat(rows.get(i).get(1)).hasSize(700_003).endsWith("\"q\"");
        }
    }

    @Test
    void givesTheRawTextOfARecordAsReadAfterUnquotingItsFields() throws IOException {
        String row2 = "u1,\"x\"\"y\",tail";
        String row3 = "u2,\"say \"\"hi\"\" and\r\nnewline\",\"\"\"\"";
        String row4 = "u3,plain,\"no escapes\"";
        String row5 = "u4,\"\"\"open";
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(("a,b,c\n" + row2 + "\n" + row3
                + "\r\n" + row4 + "\n" + row5).getBytes(StandardCharsets.UTF_8)), (byte) ',', "t.csv")) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.field(1)).isEqualTo("x\"y");
            assertThat(reader.rawText()).isEqualTo(row2);
            assertThat(reader.next()).isTrue();
            assertThat(reader.field(1)).isEqualTo("say \"hi\" and\r\nnewline");
            assertThat(reader.field(2)).isEqualTo("\"");
            assertThat(reader.rawText()).isEqualTo(row3);
            assertThat(reader.next()).isTrue();
            assertThat(reader.rawText()).isEqualTo(row4);
            assertThat(reader.next()).isTrue();
            assertThat(reader.problem()).contains("not closed");
            assertThat(reader.rawText()).isEqualTo(row5);
        }
    }

    @Test
    void reportsAQuoteLeftOpenUntilTheEndOfTheFile() throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(
                "a,b\n1,2\n3,\"open\n4,5\n".getBytes(StandardCharsets.UTF_8)), (byte) ',', "t.csv")) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.problem()).isNull();
            assertThat(reader.next()).isTrue();
            assertThat(reader.line()).isEqualTo(3);
            assertThat(reader.problem()).contains("not closed before the end of the file");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void reportsTextAfterAClosingQuoteAndGoesOnWithTheNextLine() throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(
                "a,b\n\"x\"y,2\n3,4\n".getBytes(StandardCharsets.UTF_8)), (byte) ',', "t.csv")) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.problem()).contains("after the closing quote");
            assertThat(reader.next()).isTrue();
            assertThat(reader.problem()).isNull();
            assertThat(reader.field(0)).isEqualTo("3");
            assertThat(reader.line()).isEqualTo(3);
        }
    }

    @Test
    void readsBackRandomFieldsWrittenWithRfc4180Quoting() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        String alphabet = "ab,;\t\"\n\ré€0 ";
        for (char delimiter : new char[] {',', ';', '\t'}) {
            List<List<String>> expected = new ArrayList<>();
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r < 2000; r++) {
                List<String> row = new ArrayList<>();
                for (int f = 0; f < 4; f++) {
                    StringBuilder field = new StringBuilder();
                    int length = r == 0 ? 1 + random.nextInt(3) : random.nextInt(30);
                    for (int i = 0; i < length; i++) {
                        field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String text = r == 0 ? "h" + f + field.toString().replaceAll("[^a-z]", "") : field.toString();
                    row.add(text);
                    if (f > 0) {
                        csv.append(delimiter);
                    }
                    boolean quote = text.indexOf(delimiter) >= 0 || text.contains("\"") || text.contains("\n")
                            || text.contains("\r") || f == 0 && text.isEmpty();
                    csv.append(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
                }
                csv.append(r % 2 == 0 ? "\n" : "\r\n");
                expected.add(row);
            }
            assertThat(read(csv.toString(), delimiter)).as("delimiter %s", delimiter).isEqualTo(expected);
        }
    }

    @Test
    void tellsWhenTheLastLineHasNoLineEnd() throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(
                "a,b\r\n1,2\r\n3,4".getBytes(StandardCharsets.UTF_8)), (byte) ',', "t.csv")) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.lastLineUnterminated()).isFalse();
            assertThat(reader.next()).isTrue();
            assertThat(reader.lastLineUnterminated()).isTrue();
        }
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), (byte) ',', "t.csv")) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.lastLineUnterminated()).isFalse();
        }
    }

    @Test
    void refusesLatin1TextWithTheLineAndColumnOfTheFirstBadByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,note,variant\n1,ok \u00e9\u20ac\ud83d\ude00,a\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("2,\"two\nlines\",trait\u00e9_\u00e4\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(bytes.toByteArray(), ',', new ArrayList<>()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("t.csv is not UTF-8 text: line 4, column 3 (variant) has the byte 0xE9")
                .hasMessageContaining("Save the file as UTF-8");
    }

    @Test
    void refusesAHeaderThatIsNotUtf8() {
        byte[] bytes = "id,cat\u00e9gorie\n1,a\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(bytes, ',', new ArrayList<>())).isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("t.csv is not UTF-8 text: line 1, column 2 has the byte 0xE9");
    }

    @Test
    void refusesAFileWithoutAHeader() {
        assertThatThrownBy(() -> read("", ',')).isInstanceOf(UserFacingException.class).hasMessageContaining("empty");
    }
}
