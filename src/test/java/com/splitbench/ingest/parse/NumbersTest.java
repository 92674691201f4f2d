package com.splitbench.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static double parse(String text) throws BadValueException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return Numbers.parseDouble(b, 0, b.length);
    }

    private static int bool(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return Numbers.parseBoolean(b, 0, b.length);
    }

    @Test
    void fastPathGivesExactlyWhatDoubleParseDoubleGives() throws BadValueException {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long mantissa = random.nextLong(1_000_000_000_000_000L) >> random.nextInt(60);
            String digits = Long.toString(mantissa);
            int dot = random.nextInt(digits.length() + 1);
            String text = (random.nextBoolean() ? "-" : "") + digits.substring(0, dot) + "." + digits.substring(dot);
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.equals("-") || text.isEmpty() || text.startsWith(".") || text.startsWith("-.")) {
                continue;
            }
            assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void readsExponentsAndSpacesAndRejectsText() throws BadValueException {
        assertThat(parse(" 1.5e3 ")).isEqualTo(1500.0);
        assertThat(parse("+2")).isEqualTo(2.0);
        List<String> bad = new ArrayList<>(List.of("abc", "1,5", "NaN", "Infinity", "1d", "0x10", "0X1P3", "-0X10",
                "1e999", "--1"));
        for (String text : bad) {
            assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(BadValueException.class);
        }
    }

    @Test
    void saysWhatReadsWhenADecimalCommaIsNotANumber() {
        assertThatThrownBy(() -> parse("10,5")).hasMessageContaining("'10,5' is not a number")
                .hasMessageContaining("'.' as the decimal point");
        assertThatThrownBy(() -> parse("abc")).hasMessage("'abc' is not a number");
    }

    @Test
    void readsTheBooleanSpellingsOfExports() {
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("TRUE", 1);
        cases.put("false", 0);
        cases.put("True", 1);
        cases.put("1", 1);
        cases.put("0", 0);
        cases.put("yes", 1);
        cases.put("NO", 0);
        cases.put("2", -1);
        cases.put("t", -1);
        cases.put("", -1);
        cases.forEach((text, expected) -> assertThat(bool(text)).as(text).isEqualTo(expected));
    }

    @Test
    void readsFlatContextObjectsAndFallsBackForEscapesAndNesting() throws BadValueException {
        Map<String, String> seen = new LinkedHashMap<>();
        String json = "{\"device\": \"ios\", \"n\": 3, \"b\": true, \"x\": null}";
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        FlatJsonObject.parse(b, 0, b.length, (kb, ks, ke, vb, vs, ve) -> seen.put(
                new String(kb, ks, ke - ks, StandardCharsets.UTF_8), new String(vb, vs, ve - vs, StandardCharsets.UTF_8)));
        assertThat(seen).containsExactly(Map.entry("device", "ios"), Map.entry("n", "3"), Map.entry("b", "true"));
        seen.clear();
        byte[] escaped = "{\"c\":\"a\\\"b\",\"nested\":{\"k\":1}}".getBytes(StandardCharsets.UTF_8);
        FlatJsonObject.parse(escaped, 0, escaped.length, (kb, ks, ke, vb, vs, ve) -> seen.put(
                new String(kb, ks, ke - ks, StandardCharsets.UTF_8), new String(vb, vs, ve - vs, StandardCharsets.UTF_8)));
        assertThat(seen).containsExactly(Map.entry("c", "a\"b"), Map.entry("nested", "{\"k\":1}"));
        byte[] broken = "{\"c\":".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FlatJsonObject.parse(broken, 0, broken.length, (kb, ks, ke, vb, vs, ve) -> {
        })).isInstanceOf(BadValueException.class);
    }
}
