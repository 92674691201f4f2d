package com.splitbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.report.export.HtmlReport;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML export in headless Chromium, as a reader's browser would: the page parses with no script
 * element, and a screenshot is written to target/report-html-chromium.png for a person to look at. Skipped when
 * Chromium is not installed (Debian: apt-get install chromium); not a CI requirement.
 */
class HtmlChromiumRenderTest {

    @TempDir
    Path temp;

    @Test
    void rendersInHeadlessChromiumWithoutAnyScript() throws Exception {
        Optional<String> chromium = chromium();
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        AnalysisResult result = SmallReports.result(HtmlReportTest.SCRIPT, "control", "<b>treatment</b>",
                HtmlReportTest.SCRIPT, "revenue", "ios");
        Path html = temp.resolve("report.html");
        Files.writeString(html, HtmlReport.render(SmallReports.report(result, HtmlReportTest.SCRIPT), result),
                StandardCharsets.UTF_8);

        String dom = new String(run(chromium.get(), "--dump-dom", html.toUri().toString()), StandardCharsets.UTF_8);
        assertThat(dom).contains("<h1>" + HtmlReportTest.ESCAPED + "</h1>");
        assertThat(dom.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script").doesNotContain("<b>");

        Path png = Path.of("target", "report-html-chromium.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run(chromium.get(), "--screenshot=" + png, "--window-size=1280,2400", html.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
    }

    private byte[] run(String chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(temp, "profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(temp.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    private static Optional<String> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }
}
