package com.splitbench.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    private static int invalidAt(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8Text.invalidAt(b, 0, b.length);
    }

    @Test
    void acceptsAsciiAndEveryLengthOfValidSequence() {
        byte[] text = "a\u00e9\u20ac\ud83d\ude00\u07ff\uffff\udbff\udfff".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.invalidAt(text, 0, text.length)).isEqualTo(-1);
        assertThat(invalidAt()).isEqualTo(-1);
    }

    @Test
    void findsTheFirstByteOfLatin1OverlongSurrogateTooLargeAndCutSequences() {
        assertThat(invalidAt('t', 0xE9, '_')).isEqualTo(1); // Latin-1 é
        assertThat(invalidAt('a', 0xC0, 0x80)).isEqualTo(1); // overlong NUL
        assertThat(invalidAt(0xE0, 0x80, 0x80)).isZero(); // overlong three bytes
        assertThat(invalidAt(0xED, 0xA0, 0x80)).isZero(); // a surrogate
        assertThat(invalidAt(0xF4, 0x90, 0x80, 0x80)).isZero(); // past U+10FFFF
        assertThat(invalidAt('a', 'b', 0xE2, 0x82)).isEqualTo(2); // cut at the end
        assertThat(invalidAt(0xC3, 0xA9, 0x80)).isEqualTo(2); // a stray continuation byte
        assertThat(invalidAt(0xE2, 0x82, 'x')).isZero();
    }
}
