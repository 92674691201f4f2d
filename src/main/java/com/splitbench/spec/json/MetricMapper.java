package com.splitbench.spec.json;

import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.Direction;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.MetricRole;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import com.splitbench.spec.json.SpecJson.AggregateJson;
import com.splitbench.spec.json.SpecJson.CappingJson;
import com.splitbench.spec.json.SpecJson.CupedJson;
import com.splitbench.spec.json.SpecJson.FilterJson;
import com.splitbench.spec.json.SpecJson.MetricJson;
import com.splitbench.spec.json.SpecJson.WindowJson;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Maps one metric between its file form and {@link MetricDefinition}. */
final class MetricMapper {

    private MetricMapper() {
    }

    static MetricDefinition toDomain(MetricJson json, int index) {
        String label = json.name() == null ? "metric #" + (index + 1) : "metric '" + json.name() + "'";
        if (json.type() == null) {
            throw new InvalidSpecException("The " + label + " has no \"type\" (binary, count, mean, ratio, column or "
                    + "column_ratio).");
        }
        MetricKind kind = switch (json.type().toLowerCase(Locale.ROOT)) {
            case "binary" -> new MetricKind.Binary(json.event(), filter(json.filter()));
            case "count" -> new MetricKind.Count(json.event(), filter(json.filter()));
            case "mean" -> new MetricKind.Mean(json.event(), filter(json.filter()));
            case "ratio" -> new MetricKind.Ratio(aggregate(json.numerator(), label + " numerator"),
                    aggregate(json.denominator(), label + " denominator"));
            case "column" -> new MetricKind.Column(json.column(), json.covariateColumn());
            case "column_ratio" -> new MetricKind.ColumnRatio(json.numeratorColumn(), json.denominatorColumn());
            default -> throw new InvalidSpecException("The " + label + " has an unknown type '" + json.type()
                    + "': use binary, count, mean, ratio, column or column_ratio.");
        };
        return new MetricDefinition(json.name(), json.description(), kind, window(json.window(), label),
                enumValue(Direction.class, json.direction(), label + " direction"),
                enumValue(MetricRole.class, json.role(), label + " role"), capping(json.capping(), label),
                cuped(json.cuped(), label));
    }

    static MetricJson toJson(MetricDefinition metric) {
        String type = null;
        String event = null;
        FilterJson filter = null;
        AggregateJson numerator = null;
        AggregateJson denominator = null;
        String column = null;
        String covariate = null;
        String numeratorColumn = null;
        String denominatorColumn = null;
        MetricKind kind = metric.kind();
        if (kind instanceof MetricKind.Binary b) {
            type = "binary";
            event = b.eventType();
            filter = filterJson(b.filter());
        } else if (kind instanceof MetricKind.Count c) {
            type = "count";
            event = c.eventType();
            filter = filterJson(c.filter());
        } else if (kind instanceof MetricKind.Mean m) {
            type = "mean";
            event = m.eventType();
            filter = filterJson(m.filter());
        } else if (kind instanceof MetricKind.Ratio r) {
            type = "ratio";
            numerator = aggregateJson(r.numerator());
            denominator = aggregateJson(r.denominator());
        } else if (kind instanceof MetricKind.Column c) {
            type = "column";
            column = c.column();
            covariate = c.covariateColumn();
        } else if (kind instanceof MetricKind.ColumnRatio c) {
            type = "column_ratio";
            numeratorColumn = c.numeratorColumn();
            denominatorColumn = c.denominatorColumn();
        }
        ConversionWindow w = metric.window();
        WindowJson window = w.equals(ConversionWindow.FROM_EXPOSURE) ? null
                : new WindowJson(DurationText.format(w.startOffset()), w.length().map(DurationText::format).orElse(null));
        CappingJson capping = null;
        if (metric.capping() instanceof Capping.Absolute a) {
            capping = new CappingJson("absolute", a.cap());
        } else if (metric.capping() instanceof Capping.Percentile p) {
            capping = new CappingJson("percentile", p.percentile());
        }
        CupedJson cuped = metric.cuped().equals(Cuped.OFF) ? null
                : new CupedJson(metric.cuped().enabled(), DurationText.format(metric.cuped().lookback()));
        return new MetricJson(metric.name(), SpecMapper.emptyToNull(metric.description()), type, event, filter,
                numerator, denominator, column, covariate, numeratorColumn, denominatorColumn, window,
                metric.direction().name().toLowerCase(Locale.ROOT), metric.role().name().toLowerCase(Locale.ROOT),
                capping, cuped);
    }

    private static ValueFilter filter(FilterJson json) {
        if (json == null || json.op() == null) {
            return ValueFilter.NONE;
        }
        for (ValueFilter.Op op : ValueFilter.Op.values()) {
            if (op.symbol().equals(json.op().trim()) || op.name().equalsIgnoreCase(json.op().trim())) {
                if (op != ValueFilter.Op.ANY && json.value() == null) {
                    throw new InvalidSpecException("The value filter '" + json.op() + "' needs a \"value\".");
                }
                return new ValueFilter(op, json.value() == null ? 0 : json.value());
            }
        }
        throw new InvalidSpecException("Unknown filter operator '" + json.op() + "': use =, !=, >, >=, <, <= or any.");
    }

    private static FilterJson filterJson(ValueFilter filter) {
        return filter == null || filter.isNone() ? null : new FilterJson(filter.op().symbol(), filter.operand());
    }

    private static UserAggregate aggregate(AggregateJson json, String label) {
        if (json == null) {
            throw new InvalidSpecException("The " + label + " is missing.");
        }
        UserAggregate.Aggregation aggregation = json.aggregation() == null ? UserAggregate.Aggregation.SUM
                : enumValue(UserAggregate.Aggregation.class, json.aggregation(), label + " aggregation");
        return new UserAggregate(json.event(), aggregation, filter(json.filter()));
    }

    private static AggregateJson aggregateJson(UserAggregate aggregate) {
        return new AggregateJson(aggregate.eventType(), aggregate.aggregation().name().toLowerCase(Locale.ROOT),
                filterJson(aggregate.filter()));
    }

    private static ConversionWindow window(WindowJson json, String label) {
        if (json == null) {
            return ConversionWindow.FROM_EXPOSURE;
        }
        Duration start = json.startOffset() == null ? Duration.ZERO
                : DurationText.parse(json.startOffset(), label + " window start offset");
        Optional<Duration> length = json.length() == null ? Optional.empty()
                : Optional.of(DurationText.parse(json.length(), label + " window length"));
        return new ConversionWindow(start, length);
    }

    private static Capping capping(CappingJson json, String label) {
        if (json == null || json.type() == null || json.type().equalsIgnoreCase("none")) {
            return Capping.NONE;
        }
        if (json.value() == null) {
            throw new InvalidSpecException("The capping of " + label + " needs a \"value\".");
        }
        return switch (json.type().toLowerCase(Locale.ROOT)) {
            case "absolute" -> new Capping.Absolute(json.value());
            case "percentile" -> new Capping.Percentile(json.value());
            default -> throw new InvalidSpecException("Unknown capping '" + json.type() + "' in " + label
                    + ": use none, absolute or percentile.");
        };
    }

    private static Cuped cuped(CupedJson json, String label) {
        if (json == null) {
            return Cuped.OFF;
        }
        Duration lookback = json.lookback() == null ? Cuped.DEFAULT_LOOKBACK
                : DurationText.parse(json.lookback(), label + " CUPED lookback");
        return new Cuped(Boolean.TRUE.equals(json.enabled()), lookback);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        if (text == null) {
            return null;
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        throw new InvalidSpecException("The " + field + " '" + text + "' is not one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                + ".");
    }
}
