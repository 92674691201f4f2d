package com.splitbench.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesRecordReaderTest {

    @Test
    void readsKeysAsColumnsNestedValuesAsJsonTextAndNullAsEmpty() throws IOException {
        String text = "{\"user_id\":\"u1\",\"value\":12.5,\"context\":{\"device\":\"ios\"},\"note\":null}\r\n"
                + "\n"
                + "{\"user_id\":\"u2\",\"flag\":true}\n"
                + "not json\n";
        try (JsonLinesRecordReader reader = new JsonLinesRecordReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "e.jsonl")) {
            assertThat(reader.header()).containsExactly("user_id", "value", "context", "note", "flag");
            assertThat(reader.next()).isTrue();
            assertThat(reader.field(0)).isEqualTo("u1");
            assertThat(reader.field(1)).isEqualTo("12.5");
            assertThat(reader.field(2)).isEqualTo("{\"device\":\"ios\"}");
            assertThat(reader.field(3)).isEmpty();
            assertThat(reader.next()).isTrue();
            assertThat(reader.line()).isEqualTo(3);
            assertThat(reader.field(1)).isEmpty();
            assertThat(reader.field(4)).isEqualTo("true");
            assertThat(reader.next()).isTrue();
            assertThat(reader.line()).isEqualTo(4);
            assertThat(reader.problem()).contains("not valid JSON");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void saysThatJsonHasNoNanInsteadOfAdvisingAParserFeature() throws IOException {
        // Python's json.dumps writes NaN for a float('nan').
        String text = "{\"user_id\":\"u1\",\"value\":NaN}\n";
        try (JsonLinesRecordReader reader = new JsonLinesRecordReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "e.jsonl")) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.problem()).contains("Non-standard token 'NaN'")
                    .contains("JSON has no NaN or Infinity; write null for a missing value")
                    .doesNotContain("JsonReadFeature");
        }
    }

    @Test
    void refusesLatin1TextWithTheLineAndCharacterOfTheFirstBadByte() {
        byte[] bytes = "{\"user_id\":\"u1\",\"variant\":\"a\"}\n{\"user_id\":\"u2\",\"variant\":\"trait\u00e9\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new JsonLinesRecordReader(new ByteArrayInputStream(bytes), "e.jsonl"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("e.jsonl is not UTF-8 text: line 2, character 33 has the byte 0xE9");
    }
}
