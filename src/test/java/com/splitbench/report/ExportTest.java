package com.splitbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultsCsv;
import com.splitbench.report.export.ReportChart;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV and PNG exports: the contract columns with formula cells neutralised, and charts as safe PNG files. */
class ExportTest {

    @TempDir
    Path temp;

    @Test
    void csvHasTheAnalyzeColumnsAndTheSameRows() throws Exception {
        AnalysisResult result = SmallReports.plain();
        Path csv = temp.resolve("results.csv");
        SmallReports.SERVICE.exportCsv(result, csv);
        StringWriter expected = new StringWriter();
        ResultsCsv.write(result, expected);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(expected.toString());
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ResultsCsv.COLUMNS));
        assertThat(text.lines()).hasSize(1 + result.rows().size());
    }

    @Test
    void csvNeutralisesCellsASpreadsheetWouldRunAsFormulas() throws Exception {
        AnalysisResult result = SmallReports.result("=cmd|' /C calc'!A0", "+control", "@treatment",
                "=HYPERLINK(\"x\",\"y\")", "-2+3", "ios");
        Path csv = temp.resolve("formulas.csv");
        SmallReports.SERVICE.exportCsv(result, csv);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(1))
                .startsWith("\"'=cmd|' /C calc'!A0\",\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",\"'+control\"");
        assertThat(String.join("\n", rows)).contains("\"'@treatment\"").contains("\"'-2+3\"");
        for (String row : rows.subList(1, rows.size())) {
            assertThat(row.split(",")).noneMatch(cell -> cell.startsWith("=") || cell.startsWith("+")
                    || cell.startsWith("@"));
        }
    }

    @Test
    void everyChartIsWrittenAsASharpPngWithASafeName() throws Exception {
        AnalysisResult result = SmallReports.result("checkout", "control", "treatment", "../../etc/passwd",
                "C:\\Windows\\win.ini", "ios");
        Path folder = temp.resolve("charts");
        List<Path> written = SmallReports.SERVICE.exportChartPngs(result, folder);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("01-forest-plot.png",
                "02-exposures.png", "03-lift-by-day-etc-passwd-treatment.png",
                "04-lift-since-exposure-etc-passwd-treatment.png");
        for (Path png : written) {
            assertThat(png.getParent()).isEqualTo(folder);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1800);
            assertThat(image.getHeight()).isGreaterThan(300);
        }
        List<ReportChart> charts = SmallReports.SERVICE.charts(result);
        assertThat(charts).extracting(ReportChart::fileName).allMatch(name -> name.matches("\\d{2}-[a-z0-9-]+\\.png"));
    }
}
