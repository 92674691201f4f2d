package com.splitbench.ui.metric;

import com.splitbench.spec.Capping;
import com.splitbench.spec.ConversionWindow;
import com.splitbench.spec.Cuped;
import com.splitbench.spec.InvalidSpecException;
import com.splitbench.spec.MetricDefinition;
import com.splitbench.spec.MetricKind;
import com.splitbench.spec.UserAggregate;
import com.splitbench.spec.ValueFilter;
import com.splitbench.ui.metric.MetricCatalog;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the metric editor's fields and builds the definition: each wrong field gets a message that says what to
 * write instead; the definition exists only when every field is right.
 */
final class MetricForm {

    /** The definition when the form is right, and a message for each wrong field. */
    record Result(Optional<MetricDefinition> definition, Map<MetricField, String> messages) {
    }

    private final MetricEditorViewModel form;
    private final MetricCatalog catalog;
    private final Map<MetricField, String> messages = new EnumMap<>(MetricField.class);

    private MetricForm(MetricEditorViewModel form, MetricCatalog catalog) {
        this.form = form;
        this.catalog = catalog;
    }

    static Result build(MetricEditorViewModel form, MetricCatalog catalog, Set<String> takenNames) {
        return new MetricForm(form, catalog).build(takenNames);
    }

    private Result build(Set<String> takenNames) {
        String name = form.name.get().strip();
        if (name.isEmpty()) {
            messages.put(MetricField.NAME, "Give the metric a name.");
        } else if (name.length() > 200) {
            messages.put(MetricField.NAME, "Use at most 200 characters.");
        } else if (takenNames.contains(name)) {
            messages.put(MetricField.NAME, "Another metric has this name.");
        }
        MetricType type = form.type.get();
        MetricKind kind = kind(type);
        ConversionWindow window = type.fromEvents() ? window() : ConversionWindow.FROM_EXPOSURE;
        Capping capping = capping(type);
        Cuped cuped = cuped(type);
        if (!messages.isEmpty()) {
            return new Result(Optional.empty(), Map.copyOf(messages));
        }
        try {
            return new Result(Optional.of(new MetricDefinition(name, form.description.get(), kind, window,
                    form.direction.get(), form.role.get(), capping, cuped)), Map.of());
        } catch (InvalidSpecException e) {
            messages.put(MetricField.GENERAL, e.getMessage());
            return new Result(Optional.empty(), Map.copyOf(messages));
        }
    }

    private MetricKind kind(MetricType type) {
        return switch (type) {
            case BINARY -> {
                ValueFilter filter = filter(form.event, MetricField.FILTER);
                String event = eventType(form.event.event.get(), MetricField.EVENT);
                yield event == null || filter == null ? null : new MetricKind.Binary(event, filter);
            }
            case COUNT -> {
                ValueFilter filter = filter(form.event, MetricField.FILTER);
                String event = eventType(form.event.event.get(), MetricField.EVENT);
                yield event == null || filter == null ? null : new MetricKind.Count(event, filter);
            }
            case MEAN -> {
                ValueFilter filter = filter(form.event, MetricField.FILTER);
                String event = eventType(form.event.event.get(), MetricField.EVENT);
                yield event == null || filter == null ? null : new MetricKind.Mean(event, filter);
            }
            case RATIO -> {
                UserAggregate top = aggregate(form.numerator, MetricField.NUMERATOR);
                UserAggregate bottom = aggregate(form.denominator, MetricField.DENOMINATOR);
                yield top == null || bottom == null ? null : new MetricKind.Ratio(top, bottom);
            }
            case COLUMN -> {
                String column = column(form.column.get(), MetricField.COLUMN, true);
                String covariate = column(form.covariateColumn.get(), MetricField.COVARIATE, false);
                yield column == null ? null : new MetricKind.Column(column, covariate);
            }
            case COLUMN_RATIO -> {
                String top = column(form.numeratorColumn.get(), MetricField.NUMERATOR_COLUMN, true);
                String bottom = column(form.denominatorColumn.get(), MetricField.DENOMINATOR_COLUMN, true);
                yield top == null || bottom == null ? null : new MetricKind.ColumnRatio(top, bottom);
            }
        };
    }

    private UserAggregate aggregate(MetricEditorViewModel.AggregateFields fields, MetricField field) {
        String event = eventType(fields.event.get(), field);
        ValueFilter filter = filter(fields, field);
        return event == null || filter == null ? null : new UserAggregate(event, fields.aggregation.get(), filter);
    }

    private String eventType(String text, MetricField field) {
        String event = text == null ? "" : text.strip();
        if (event.isEmpty()) {
            messages.put(field, "Choose the event type.");
            return null;
        }
        List<String> known = catalog.eventTypes();
        if (!known.isEmpty() && !known.contains(event)) {
            messages.put(field, "The data has no event '" + event + "'. Its events are: " + String.join(", ", known)
                    + ".");
            return null;
        }
        return event;
    }

    private ValueFilter filter(MetricEditorViewModel.AggregateFields fields, MetricField field) {
        if (fields.op.get() == ValueFilter.Op.ANY) {
            return ValueFilter.NONE;
        }
        try {
            return new ValueFilter(fields.op.get(), Double.parseDouble(fields.value.get().strip()));
        } catch (NumberFormatException | InvalidSpecException e) {
            messages.putIfAbsent(field, "The value filter needs a number, e.g. value > 0.");
            return null;
        }
    }

    private String column(String text, MetricField field, boolean required) {
        String column = text == null ? "" : text.strip();
        if (column.isEmpty()) {
            if (required) {
                messages.put(field, "Choose a column.");
            }
            return null;
        }
        if (!catalog.columns().isEmpty() && !catalog.columns().contains(column)) {
            messages.put(field, "The table has no column '" + column + "'.");
            return null;
        }
        return column;
    }

    private ConversionWindow window() {
        String[] problem = new String[1];
        Optional<Duration> start = DurationWords.read(form.windowStart.get().isBlank() ? "0h"
                : form.windowStart.get(), "window start", problem);
        if (start.isEmpty()) {
            messages.put(MetricField.WINDOW_START, problem[0]);
        } else if (start.get().isNegative()) {
            messages.put(MetricField.WINDOW_START, "The window cannot start before exposure.");
        }
        Optional<Duration> length = Optional.empty();
        if (!form.windowLength.get().isBlank()) {
            length = DurationWords.read(form.windowLength.get(), "window length", problem);
            if (length.isEmpty()) {
                messages.put(MetricField.WINDOW_LENGTH, problem[0] + " Leave it empty to count to the end of the data.");
            } else if (length.get().isNegative() || length.get().isZero()) {
                messages.put(MetricField.WINDOW_LENGTH, "The window must be longer than 0.");
            }
        }
        boolean right = !messages.containsKey(MetricField.WINDOW_START) && !messages.containsKey(
                MetricField.WINDOW_LENGTH);
        return right ? new ConversionWindow(start.orElseThrow(), length) : null;
    }

    private Capping capping(MetricType type) {
        MetricEditorViewModel.CappingType capping = form.cappingType.get();
        if (capping == MetricEditorViewModel.CappingType.NONE) {
            return Capping.NONE;
        }
        if (type == MetricType.BINARY) {
            messages.put(MetricField.CAPPING, "A conversion is 0 or 1 per user: there is nothing to cap.");
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(form.cappingValue.get().replace("%", "").strip());
        } catch (NumberFormatException e) {
            messages.put(MetricField.CAPPING, capping == MetricEditorViewModel.CappingType.ABSOLUTE
                    ? "Enter the largest value a user may count with, e.g. 500." : "Enter a percentile, e.g. 99.");
            return null;
        }
        if (capping == MetricEditorViewModel.CappingType.ABSOLUTE) {
            if (!(value > 0) || Double.isInfinite(value)) {
                messages.put(MetricField.CAPPING, "The cap must be a number above 0.");
                return null;
            }
            return new Capping.Absolute(value);
        }
        if (!(value > 0 && value < 100)) {
            messages.put(MetricField.CAPPING, "The percentile is between 0 and 100, e.g. 99.");
            return null;
        }
        return new Capping.Percentile(value / 100);
    }

    private Cuped cuped(MetricType type) {
        String[] problem = new String[1];
        Optional<Duration> lookback = DurationWords.read(form.cupedLookback.get().isBlank() ? "14d"
                : form.cupedLookback.get(), "CUPED lookback", problem);
        if (!form.cuped.get()) {
            return new Cuped(false, lookback.filter(d -> !d.isNegative() && !d.isZero()).orElse(
                    Cuped.DEFAULT_LOOKBACK));
        }
        if (type == MetricType.RATIO || type == MetricType.COLUMN_RATIO) {
            messages.put(MetricField.CUPED, "CUPED is not available for ratio metrics.");
            return null;
        }
        if (type == MetricType.COLUMN && form.covariateColumn.get().isBlank()) {
            messages.put(MetricField.CUPED, "Choose the covariate column (measured before exposure).");
            return null;
        }
        if (lookback.isEmpty() || lookback.get().isNegative() || lookback.get().isZero()) {
            messages.put(MetricField.CUPED, lookback.isEmpty() ? problem[0] : "The lookback must be longer than 0.");
            return null;
        }
        return new Cuped(true, lookback.get());
    }
}
