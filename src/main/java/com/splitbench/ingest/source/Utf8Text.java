package com.splitbench.ingest.source;

import com.splitbench.common.UserFacingException;

/**
 * Checks that the bytes of a text field are UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
 * U+10FFFF). The readers decode fields as UTF-8, which turns every invalid byte into U+FFFD: Latin-1 variants
 * {@code traité_ä} and {@code traité_ö} would both become {@code trait�_�} and merge, so invalid bytes stop the
 * import instead.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The index of the first byte in {@code [start, end)} that is not part of a valid UTF-8 sequence, or -1. */
    static int invalidAt(byte[] b, int start, int end) {
        int p = start;
        while (p < end) {
            int c = b[p] & 0xFF;
            if (c < 0x80) {
                p++;
                continue;
            }
            int length;
            int min;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                min = c == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
                max = c == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                min = c == 0xF0 ? 0x90 : 0x80;
                max = c == 0xF4 ? 0x8F : 0xBF; // past U+10FFFF
            } else {
                return p;
            }
            if (p + length > end) {
                return p;
            }
            int second = b[p + 1] & 0xFF;
            if (second < min || second > max) {
                return p;
            }
            for (int k = 2; k < length; k++) {
                int next = b[p + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return p;
                }
            }
            p += length;
        }
        return -1;
    }

    /** The failure for an invalid byte at {@code where} ("line 3, column 2 (variant)"), saying what to do. */
    static UserFacingException notUtf8(String fileName, String where, byte bad) {
        return new UserFacingException(String.format("%s is not UTF-8 text: %s has the byte 0x%02X, which is not"
                + " valid UTF-8 (Latin-1 or Windows-1252 text, as older spreadsheets save CSV, looks like this)."
                + " Save the file as UTF-8 (in Excel: \"CSV UTF-8\"; or iconv -f WINDOWS-1252 -t UTF-8) and import"
                + " it again.", fileName, where, bad & 0xFF));
    }
}
