package com.splitbench.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ingest.pipeline.UserColumnTally.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rule that makes a per-user table column a metric (number or boolean) or a dimension (docs/analysis.md). */
class UserColumnTallyTest {

    private static Kind kindOf(String... values) {
        UserColumnTally tally = new UserColumnTally();
        for (String value : values) {
            byte[] b = value.getBytes(StandardCharsets.UTF_8);
            tally.add(b, 0, b.length);
        }
        return tally.kind();
    }

    @Test
    void aNumericColumnWithOneBadCellStaysNumeric() {
        assertThat(kindOf("10.5", "N/A", "4", "30")).isEqualTo(Kind.NUMERIC);
        assertThat(kindOf("10.5", "NaN", "4", "30")).isEqualTo(Kind.NUMERIC);
        assertThat(kindOf("10.5", "1,234.50", "4", "30")).isEqualTo(Kind.NUMERIC);
    }

    @Test
    void aBooleanColumnWithAStrayNumberStaysBoolean() {
        assertThat(kindOf("TRUE", "FALSE", "2", "TRUE")).isEqualTo(Kind.BOOLEAN);
        assertThat(kindOf("1", "0", "N/A", "1")).isEqualTo(Kind.BOOLEAN);
    }

    @Test
    void zerosAndOnesWithOtherNumbersAreACountNotABoolean() {
        assertThat(kindOf("0", "1", "1", "0", "2")).isEqualTo(Kind.NUMERIC);
        assertThat(kindOf("3.5", "7", "yes", "12")).as("a stray word in a numeric column").isEqualTo(Kind.NUMERIC);
    }

    @Test
    void onlyBooleansOfAnySpellingAreBoolean() {
        assertThat(kindOf("TRUE", "false", "yes", "No", "1", "0")).isEqualTo(Kind.BOOLEAN);
    }

    @Test
    void textualColumnsAreDimensions() {
        assertThat(kindOf("DE", "FR", "New\nZealand")).isEqualTo(Kind.TEXT);
        assertThat(kindOf("u1", "u2", "u3")).isEqualTo(Kind.TEXT);
        assertThat(kindOf("DE", "FR", "US", "1")).as("one number among country names").isEqualTo(Kind.TEXT);
    }

    @Test
    void halfNumbersIsNotMostSoTheColumnIsText() {
        assertThat(kindOf("10", "N/A")).isEqualTo(Kind.TEXT);
        assertThat(kindOf("10", "N/A", "12")).isEqualTo(Kind.NUMERIC);
    }

    @Test
    void anAllEmptyColumnIsNumeric() {
        assertThat(kindOf()).isEqualTo(Kind.NUMERIC);
    }

    @Test
    void plainNumbersAreNumeric() {
        assertThat(kindOf("0.5", "-3", "1e3", "1")).isEqualTo(Kind.NUMERIC);
    }
}
