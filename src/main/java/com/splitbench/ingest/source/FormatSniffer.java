package com.splitbench.ingest.source;

import com.splitbench.common.UserFacingException;

/**
 * Decides from the first 64 KB what a file is, and refuses what the importer cannot read with one clear message:
 * empty, binary, UTF-16, archives and columnar formats, JSON arrays, and text with no delimiter.
 */
public final class FormatSniffer {

    private static final byte[] CANDIDATES = {',', '\t', ';', '|'};

    private FormatSniffer() {
    }

    /** @param forcedDelimiter the delimiter the user gave, or 0 to sniff it */
    public static SniffedFormat sniff(byte[] sample, boolean gzip, byte forcedDelimiter, String fileName) {
        int start = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF ? 3 : 0;
        refuseUnreadable(sample, start, fileName);
        int first = start;
        while (first < sample.length && Character.isWhitespace(sample[first])) {
            first++;
        }
        if (first == sample.length) {
            throw new UserFacingException(fileName + " is empty. Export the data again, or choose another file.");
        }
        if (forcedDelimiter == 0 && sample[first] == '{') {
            return new SniffedFormat(true, (byte) 0, gzip);
        }
        if (forcedDelimiter == 0 && sample[first] == '[') {
            throw new UserFacingException(fileName + " is a JSON array. Splitbench reads JSON Lines (one object per"
                    + " line) and CSV; export in one of those.");
        }
        if (forcedDelimiter != 0) {
            return new SniffedFormat(false, forcedDelimiter, gzip);
        }
        int excelDelimiter = excelSeparatorLine(sample, start, sample.length);
        if (excelDelimiter >= 0) {
            return new SniffedFormat(false, (byte) excelDelimiter, gzip);
        }
        return new SniffedFormat(false, sniffDelimiter(sample, start, fileName), gzip);
    }

    /**
     * Excel's {@code sep=;} first line, which names the delimiter of the lines after it: the delimiter, or -1 when
     * the bytes from {@code start} to {@code limit} do not begin with such a line. {@link CsvRecordReader} skips
     * the line.
     */
    static int excelSeparatorLine(byte[] b, int start, int limit) {
        if (limit - start < 5 || (b[start] | 0x20) != 's' || (b[start + 1] | 0x20) != 'e'
                || (b[start + 2] | 0x20) != 'p' || b[start + 3] != '=') {
            return -1;
        }
        int delimiter = b[start + 4] & 0xFF;
        int end = start + 5;
        if (end < limit && b[end] == '\r') {
            end++;
        }
        boolean lineEnds = end == limit || b[end] == '\n' || b[end - 1] == '\r';
        return lineEnds && delimiter > ' ' && delimiter < 0x7F ? delimiter : -1;
    }

    private static void refuseUnreadable(byte[] s, int start, String fileName) {
        if (s.length >= 2 && ((s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE || (s[0] & 0xFF) == 0xFE
                && (s[1] & 0xFF) == 0xFF)) {
            throw new UserFacingException(fileName + " is UTF-16 text. Save it as UTF-8 and import it again.");
        }
        if (startsWith(s, "PK\u0003\u0004")) {
            throw new UserFacingException(fileName + " is a ZIP archive (or an Excel file). Unzip it, or save the"
                    + " sheet as CSV, and import the CSV file.");
        }
        if (startsWith(s, "PAR1") || startsWith(s, "BZh") || startsWith(s, "\u00FD7zXZ") || startsWith(s, "(\u00B5/\u00FD")) {
            throw new UserFacingException(fileName + " is a Parquet, bzip2, xz or zstd file. Splitbench reads CSV,"
                    + " TSV and JSON Lines, plain or gzip-compressed.");
        }
        int control = 0;
        for (int i = start; i < s.length; i++) {
            int c = s[i] & 0xFF;
            if (c == 0) {
                throw binary(fileName);
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (control > 0 && control * 20 > s.length - start) {
            throw binary(fileName);
        }
    }

    private static UserFacingException binary(String fileName) {
        return new UserFacingException(fileName + " is not a text file (it holds binary data). Splitbench reads CSV,"
                + " TSV and JSON Lines, plain or gzip-compressed.");
    }

    /** Picks the candidate that splits the header into the most columns and most other records alike. */
    private static byte sniffDelimiter(byte[] s, int start, String fileName) {
        int records = 0;
        int[][] perRecord = new int[CANDIDATES.length][51];
        boolean quoted = false;
        for (int i = start; i < s.length && records < 51; i++) {
            byte c = s[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                records++;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        perRecord[k][records]++;
                    }
                }
            }
        }
        int complete = Math.max(1, Math.min(records, 51));
        byte best = 0;
        int bestHeader = 0;
        boolean bestConsistent = false;
        for (int k = 0; k < CANDIDATES.length; k++) {
            int header = perRecord[k][0];
            if (header == 0) {
                continue;
            }
            int same = 0;
            for (int r = 1; r < complete; r++) {
                if (perRecord[k][r] == header) {
                    same++;
                }
            }
            boolean consistent = complete <= 1 || same * 10 >= (complete - 1) * 9;
            if (consistent && !bestConsistent || consistent == bestConsistent && header > bestHeader) {
                best = CANDIDATES[k];
                bestHeader = header;
                bestConsistent = consistent;
            }
        }
        if (best == 0) {
            throw new UserFacingException(fileName + " does not look like a table: its first line has no comma,"
                    + " tab, semicolon or pipe. If it uses another delimiter, give it with --delimiter.");
        }
        return best;
    }

    private static boolean startsWith(byte[] s, String prefix) {
        if (s.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((s[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
