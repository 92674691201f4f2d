package com.splitbench.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.splitbench.spec.json.SpecFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {

    private static AnalysisSpec fullSpec() {
        ExperimentDefinition experiment = new ExperimentDefinition("checkout", "New checkout", "Fewer steps sell more",
                Optional.of("control"), Map.of("control", 1.0, "treatment", 1.0),
                Optional.of(Instant.parse("2026-03-01T00:00:00Z")), Optional.of(Instant.parse("2026-04-01T00:00:00Z")),
                "notes <b>with</b> markup");
        List<MetricDefinition> metrics = List.of(
                new MetricDefinition("purchase_rate", "", new MetricKind.Binary("purchase",
                        new ValueFilter(ValueFilter.Op.GT, 0)),
                        new ConversionWindow(Duration.ofHours(1), Optional.of(Duration.ofDays(7))),
                        Direction.HIGHER_IS_BETTER, MetricRole.GOAL, Capping.NONE, Cuped.ON),
                new MetricDefinition("revenue", "Revenue per user", new MetricKind.Mean("purchase", ValueFilter.NONE),
                        null, null, MetricRole.GUARDRAIL, new Capping.Percentile(0.99), Cuped.OFF),
                MetricDefinition.of("orders_per_session", new MetricKind.Ratio(
                        new UserAggregate("purchase", UserAggregate.Aggregation.COUNT, null),
                        new UserAggregate("session", UserAggregate.Aggregation.COUNT, null))),
                MetricDefinition.of("page_views", new MetricKind.Count("page_view", null))
                        .withDirection(Direction.LOWER_IS_BETTER).withCapping(new Capping.Absolute(100)),
                MetricDefinition.of("retention_7", new MetricKind.Column("retention_7", null)),
                MetricDefinition.of("conv_per_click", new MetricKind.ColumnRatio("Conversions", "Clicks")));
        AnalysisSettings settings = AnalysisSettings.DEFAULTS.withCorrection(Correction.HOLM).withSequential(true)
                .withBayesian(true).withSegment("device");
        return new AnalysisSpec(experiment, metrics, settings);
    }

    @Test
    void roundTripsEveryMetricKindAndSetting(@TempDir Path dir) throws Exception {
        AnalysisSpec spec = fullSpec();
        Path file = dir.resolve("spec.json");
        SpecFiles.write(spec, file);
        assertThat(SpecFiles.read(file)).isEqualTo(spec);
    }

    @Test
    void readsAMinimalHandWrittenSpecWithDefaults() {
        String json = """
                {"experiment": {"key": "exp1"},
                 "metrics": [{"name": "buy", "type": "binary", "event": "purchase",
                              "window": {"length": "7d"}, "cuped": {"enabled": true}}]}
                """;
        AnalysisSpec spec = SpecFiles.parse(json.getBytes(StandardCharsets.UTF_8), "spec.json");
        MetricDefinition metric = spec.metrics().get(0);
        assertThat(metric.kind()).isEqualTo(new MetricKind.Binary("purchase", ValueFilter.NONE));
        assertThat(metric.window().length()).contains(Duration.ofDays(7));
        assertThat(metric.role()).isEqualTo(MetricRole.GOAL);
        assertThat(metric.cuped()).isEqualTo(new Cuped(true, Duration.ofDays(14)));
        assertThat(spec.settings()).isEqualTo(AnalysisSettings.DEFAULTS);
    }

    @Test
    void refusesANewerVersionWithAClearMessage() {
        byte[] json = "{\"format\":\"splitbench.analysis-spec\",\"version\":99,\"experiment\":{\"key\":\"e\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpecFiles.parse(json, "s.json"))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("newer Splitbench");
    }

    @Test
    void refusesUnknownFieldsNamingLineAndColumn() {
        byte[] json = "{\"experiment\": {\"key\": \"e\"},\n \"metrix\": []}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpecFiles.parse(json, "s.json"))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("line 2").hasMessageContaining("metrix");
    }

    @Test
    void refusesMalformedJson() {
        byte[] json = "{\"experiment\": {\"key\": ".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpecFiles.parse(json, "s.json")).isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("s.json");
    }

    @Test
    void refusesDuplicateMetricNamesAndUnknownTypes() {
        byte[] duplicate = """
                {"experiment": {"key": "e"}, "metrics": [
                  {"name": "m", "type": "count", "event": "a"}, {"name": "m", "type": "count", "event": "b"}]}
                """.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpecFiles.parse(duplicate, "s.json")).hasMessageContaining("Two metrics");
        byte[] unknown = "{\"experiment\": {\"key\": \"e\"}, \"metrics\": [{\"name\": \"m\", \"type\": \"median\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpecFiles.parse(unknown, "s.json")).hasMessageContaining("unknown type 'median'");
    }

    @Test
    void refusesAnOversizedFile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) SpecFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> SpecFiles.read(big)).hasMessageContaining("not an analysis spec");
    }
}
