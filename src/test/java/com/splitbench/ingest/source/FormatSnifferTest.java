package com.splitbench.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.common.UserFacingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static SniffedFormat sniff(String text) {
        return FormatSniffer.sniff(text.getBytes(StandardCharsets.UTF_8), false, (byte) 0, "f");
    }

    @Test
    void findsTheDelimiterThatSplitsEveryLineAlike() {
        assertThat(sniff("a,b,c\n1,2,3\n").delimiter()).isEqualTo((byte) ',');
        assertThat(sniff("a\tb\n1\t2,5\n").delimiter()).isEqualTo((byte) '\t');
        assertThat(sniff("a;b;c\n1,5;2,5;3\n4;5;6\n").delimiter()).isEqualTo((byte) ';');
        assertThat(sniff("a|b\n1|2\n").delimiter()).isEqualTo((byte) '|');
    }

    @Test
    void takesTheDelimiterFromExcelsSeparatorLine() {
        // Excel writes "sep=;" first in some exports; the rest would otherwise sniff as one column or as ','.
        assertThat(sniff("sep=;\nuser_id;revenue\nu1;10,5\n").delimiter()).isEqualTo((byte) ';');
        assertThat(sniff("SEP=,\r\na,b\n1,2\n").delimiter()).isEqualTo((byte) ',');
        assertThat(sniff("separator,b\n1,2\n").delimiter()).isEqualTo((byte) ',');
    }

    @Test
    void ignoresDelimitersInsideQuotes() {
        assertThat(sniff("a;b\n\"x,y,z\";1\n\"p,q\";2\n").delimiter()).isEqualTo((byte) ';');
    }

    @Test
    void recognisesJsonLinesAndRefusesJsonArrays() {
        assertThat(sniff("  {\"a\":1}\n").jsonLines()).isTrue();
        assertThatThrownBy(() -> sniff("[{\"a\":1}]")).hasMessageContaining("JSON array");
    }

    @Test
    void refusesEmptyBinaryUtf16ZipAndNonTabularFiles() {
        assertThatThrownBy(() -> sniff("")).isInstanceOf(UserFacingException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> sniff(" \n\n")).hasMessageContaining("empty");
        assertThatThrownBy(() -> FormatSniffer.sniff(new byte[] {1, 2, 0, 5, 6}, false, (byte) 0, "f"))
                .hasMessageContaining("not a text file");
        assertThatThrownBy(() -> FormatSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, false, (byte) 0,
                "f")).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> sniff("PK\u0003\u0004rest")).hasMessageContaining("ZIP");
        assertThatThrownBy(() -> sniff("just some prose\nwithout any columns\n"))
                .hasMessageContaining("does not look like a table");
    }

    @Test
    void takesTheGivenDelimiterWithoutSniffing() {
        assertThat(FormatSniffer.sniff("a,b;c\n".getBytes(StandardCharsets.UTF_8), true, (byte) ';', "f"))
                .isEqualTo(new SniffedFormat(false, (byte) ';', true));
    }
}
