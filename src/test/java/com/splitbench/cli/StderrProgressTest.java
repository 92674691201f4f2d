package com.splitbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ingest.ImportProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StderrProgressTest {

    @Test
    void writesAtMostFourLinesPerFileWhenNotATerminal() {
        StringWriter text = new StringWriter();
        StderrProgress progress = new StderrProgress(new PrintWriter(text), false);
        for (int file = 1; file <= 2; file++) {
            for (long bytes = 0; bytes <= 1000; bytes += 10) {
                progress.onProgress(new ImportProgress(Path.of("e" + file + ".csv"), file, 2, bytes, 1000, bytes * 3));
            }
        }
        assertThat(text.toString().lines()).containsExactly(
                "importing e1.csv (1/2):  25%, 0.0 MB, 750 rows",
                "importing e1.csv (1/2):  50%, 0.0 MB, 1,500 rows",
                "importing e1.csv (1/2):  75%, 0.0 MB, 2,250 rows",
                "importing e1.csv (1/2): 100%, 0.0 MB, 3,000 rows",
                "importing e2.csv (2/2):  25%, 0.0 MB, 750 rows",
                "importing e2.csv (2/2):  50%, 0.0 MB, 1,500 rows",
                "importing e2.csv (2/2):  75%, 0.0 MB, 2,250 rows",
                "importing e2.csv (2/2): 100%, 0.0 MB, 3,000 rows");
    }
}
