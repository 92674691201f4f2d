package com.splitbench.ui.metric;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.Direction;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.MetricRole;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metric editor without a stage: every option, and a message next to each wrong field. */
class MetricEditorViewModelTest {

    private static final MetricCatalog EVENTS = new MetricCatalog(List.of("purchase", "session", "page_view"),
            List.of(), List.of(), List.of());
    private static final MetricCatalog TABLE = new MetricCatalog(List.of(), List.of(), List.of(),
            List.of("revenue", "pre_revenue", "purchases", "sessions"));

    private final MetricEditorViewModel model = new MetricEditorViewModel(EVENTS, Set.of("taken"));

    @Test
    void buildsAConversionMetricFromItsFields() {
        model.nameProperty().set("purchase_rate");
        model.event().eventProperty().set("purchase");
        model.event().opProperty().set(ValueFilter.Op.GT);
        model.event().valueProperty().set("0");
        model.windowLengthProperty().set("7d");
        model.cupedProperty().set(true);

        MetricDefinition metric = model.definitionProperty().get();

        assertThat(metric.kind()).isEqualTo(new MetricKind.Binary("purchase", new ValueFilter(ValueFilter.Op.GT, 0)));
        assertThat(metric.window()).isEqualTo(new ConversionWindow(Duration.ZERO, Optional.of(Duration.ofDays(7))));
        assertThat(metric.cuped()).isEqualTo(new Cuped(true, Duration.ofDays(14)));
        assertThat(model.summaryProperty().get()).startsWith("binary: users with a purchase event (value > 0.0), in "
                + "the 7 days from exposure");
    }

    @Test
    void saysWhatIsWrongNextToEachField() {
        model.nameProperty().set("taken");
        model.event().eventProperty().set("purchases");
        model.event().opProperty().set(ValueFilter.Op.GE);
        model.event().valueProperty().set("ten");
        model.windowStartProperty().set("soon");

        assertThat(model.definitionProperty().get()).isNull();
        assertThat(model.valid().get()).isFalse();
        assertThat(model.messageProperty(MetricField.NAME).get()).isEqualTo("Another metric has this name.");
        assertThat(model.messageProperty(MetricField.EVENT).get()).startsWith("The data has no event 'purchases'");
        assertThat(model.messageProperty(MetricField.FILTER).get()).contains("needs a number");
        assertThat(model.messageProperty(MetricField.WINDOW_START).get()).contains("7d, 12h or 30m");

        model.nameProperty().set("rate");
        model.event().eventProperty().set("purchase");
        model.event().valueProperty().set("10");
        model.windowStartProperty().set("1h");
        assertThat(model.messageProperty(MetricField.NAME).get()).isEmpty();
        assertThat(model.definitionProperty().get()).isNotNull();
    }

    @Test
    void refusesCappingAConversionAndCupedOnARatio() {
        model.nameProperty().set("m");
        model.event().eventProperty().set("purchase");
        model.cappingTypeProperty().set(MetricEditorViewModel.CappingType.ABSOLUTE);
        model.cappingValueProperty().set("500");
        assertThat(model.messageProperty(MetricField.CAPPING).get()).contains("nothing to cap");

        model.typeProperty().set(MetricType.RATIO);
        model.numerator().eventProperty().set("purchase");
        model.denominator().eventProperty().set("session");
        model.cupedProperty().set(true);
        assertThat(model.messageProperty(MetricField.CAPPING).get()).isEmpty();
        assertThat(model.messageProperty(MetricField.CUPED).get()).contains("not available for ratio");
    }

    @Test
    void editsEveryOptionOfAnExistingMetricWithoutChangingIt() {
        List<MetricDefinition> metrics = List.of(
                new MetricDefinition("revenue", "capped revenue", new MetricKind.Mean("purchase",
                        new ValueFilter(ValueFilter.Op.GT, 0)), new ConversionWindow(Duration.ofHours(1),
                        Optional.of(Duration.ofDays(14))), Direction.HIGHER_IS_BETTER, MetricRole.GUARDRAIL,
                        new Capping.Percentile(0.99), new Cuped(true, Duration.ofDays(7))),
                new MetricDefinition("sessions", "", new MetricKind.Count("session", ValueFilter.NONE), null,
                        Direction.LOWER_IS_BETTER, MetricRole.SECONDARY, new Capping.Absolute(50), null),
                MetricDefinition.of("orders_per_session", new MetricKind.Ratio(new UserAggregate("purchase",
                        UserAggregate.Aggregation.COUNT, ValueFilter.NONE), new UserAggregate("session",
                        UserAggregate.Aggregation.ANY, new ValueFilter(ValueFilter.Op.NE, 3)))));
        for (MetricDefinition metric : metrics) {
            model.edit(metric);
            assertThat(model.definitionProperty().get()).as(metric.name()).isEqualTo(metric);
        }
    }

    @Test
    void offersTheColumnsOfAPerUserTable() {
        MetricEditorViewModel table = new MetricEditorViewModel(TABLE, Set.of());
        assertThat(table.typeProperty().get()).isEqualTo(MetricType.COLUMN);
        table.nameProperty().set("revenue");
        table.columnProperty().set("revenue");
        table.cupedProperty().set(true);
        assertThat(table.messageProperty(MetricField.CUPED).get()).contains("covariate column");

        table.covariateColumnProperty().set("pre_revenue");
        assertThat(table.definitionProperty().get().kind()).isEqualTo(new MetricKind.Column("revenue",
                "pre_revenue"));

        table.typeProperty().set(MetricType.COLUMN_RATIO);
        table.cupedProperty().set(false);
        table.numeratorColumnProperty().set("purchases");
        table.denominatorColumnProperty().set("visits");
        assertThat(table.messageProperty(MetricField.DENOMINATOR_COLUMN).get()).isEqualTo("The table has no column "
                + "'visits'.");
    }
}
