package com.splitbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.analysis.model.ExperimentStatistics;
import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.analysis.result.ResultCalculator;
import com.splitbench.report.export.HtmlReport;
import com.splitbench.spec.AnalysisSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML export keeps every user-supplied text as text, loads nothing from the network and carries a
 * Content-Security-Policy that forbids it. Names and notes here are {@code <script>alert(1)</script>} and friends.
 */
class HtmlReportTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final Set<String> TAGS = Set.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body",
            "header", "h1", "h2", "p", "span", "div", "table", "thead", "tbody", "tr", "th", "td", "strong", "dl",
            "dt", "dd", "figure", "img", "figcaption", "ul", "li", "footer");

    private static String html;

    @BeforeAll
    static void renderAReportFullOfMarkup() {
        AnalysisResult result = SmallReports.result(SCRIPT, "control", "<img src=x onerror=alert(2)>", SCRIPT,
                "\"quoted\" & 'single'", "</td><script>alert(3)</script>");
        ReportService service = new ReportService("1.0<b>", Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"),
                ZoneOffset.UTC));
        Report report = service.create(result, new Conclusion(Decision.DONT_SHIP, SCRIPT + "\nsecond line"),
                new WorkspaceSource(List.of(new ImportedFile(SCRIPT + ".csv", 10, "c".repeat(64), "events",
                        Optional.of(SCRIPT), 5, 5, 0, 0))));
        ExperimentStatistics stats = result.statistics();
        AnalysisResult segmented = ResultCalculator.calculate(stats, result.spec().withSettings(
                AnalysisSettings.DEFAULTS.withSegment("device").withBayesian(true)));
        html = HtmlReport.render(report, segmented);
    }

    @Test
    void userTextStaysText() {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img src=x")
                .doesNotContain("<b>");
        assertThat(html).contains("<title>" + ESCAPED + " · Splitbench report</title>")
                .contains("<h1>" + ESCAPED + "</h1>")
                .contains("<div class=\"notes\">" + ESCAPED + "\nsecond line</div>")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("&lt;/td&gt;&lt;script&gt;alert(3)&lt;/script&gt;")
                .contains("&quot;quoted&quot; &amp; &#39;single&#39;")
                .contains(ESCAPED + ".csv")
                .contains("Splitbench 1.0&lt;b&gt;");
    }

    @Test
    void onlyKnownTagsAppear() {
        Matcher tag = Pattern.compile("<(/?)([!A-Za-z][A-Za-z0-9]*)").matcher(html);
        int count = 0;
        while (tag.find()) {
            assertThat(TAGS).as("tag <%s%s>", tag.group(1), tag.group(2)).contains(tag.group(2));
            count++;
        }
        assertThat(count).isGreaterThan(100);
    }

    @Test
    void makesNoNetworkRequests() {
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script src")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(").doesNotContain("href=");
        Matcher sources = Pattern.compile("\\ssrc=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (sources.find()) {
            assertThat(sources.group(1)).matches("data:image/png;base64,[A-Za-z0-9+/=]+");
            images++;
        }
        assertThat(images).isGreaterThanOrEqualTo(3);
    }

    @Test
    void carriesAPolicyThatForbidsTheNetworkAndAllowsOnlyItsOwnStyle() throws Exception {
        Matcher meta = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")
                .matcher(html);
        assertThat(meta.find()).isTrue();
        String policy = meta.group(1);
        assertThat(policy).contains("default-src 'none'").contains("img-src data:").contains("base-uri 'none'")
                .contains("form-action 'none'").doesNotContain("unsafe-inline").doesNotContain("script-src");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        String hash = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("style-src '" + hash + "'");
        assertThat(html).doesNotContain(" style=");
    }

    @Test
    void hasTheResultsMethodologyAndFingerprint() {
        assertThat(html).contains("<h2>Results</h2>").contains("<h2>Charts</h2>").contains("<h2>Methodology</h2>")
                .contains("<h2>Data fingerprint</h2>").contains("Decision: Don&#39;t ship")
                .contains("two-proportion z-test").contains("Welch").contains("Bayesian view")
                .contains("c".repeat(64)).contains("Chance to win").contains("@media print");
    }
}
