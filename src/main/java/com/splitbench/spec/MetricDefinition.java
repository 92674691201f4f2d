package com.splitbench.spec;

/**
 * One metric as the user defined it (or as it was derived automatically from the data).
 *
 * @param name unique within an analysis; shown in tables and used in the CSV {@code metric} column
 * @param description free text for the reader; may be empty
 * @param kind what is measured per user
 * @param window when events count, relative to first exposure (ignored for column metrics)
 * @param direction which way is better
 * @param role goal, guardrail or secondary
 * @param capping how extreme per-user values are limited
 * @param cuped variance reduction with a pre-exposure covariate
 */
public record MetricDefinition(
        String name,
        String description,
        MetricKind kind,
        ConversionWindow window,
        Direction direction,
        MetricRole role,
        Capping capping,
        Cuped cuped) {

    public static final int MAX_DESCRIPTION_LENGTH = 2_000;

    public MetricDefinition {
        SpecChecks.requireName(name, "metric name");
        description = SpecChecks.optionalText(description, MAX_DESCRIPTION_LENGTH, "description of " + name);
        SpecChecks.requireNonNull(kind, "kind of metric " + name);
        window = window == null ? ConversionWindow.FROM_EXPOSURE : window;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        role = role == null ? MetricRole.GOAL : role;
        capping = capping == null ? Capping.NONE : capping;
        cuped = cuped == null ? Cuped.OFF : cuped;
        if (kind instanceof MetricKind.Binary && !(capping instanceof Capping.None)) {
            throw new InvalidSpecException("Metric " + name + " is binary (0 or 1 per user): capping does not apply.");
        }
        if (cuped.enabled() && kind instanceof MetricKind.Column column && column.covariateColumn() == null) {
            throw new InvalidSpecException("Metric " + name + " uses CUPED on a per-user table column: name the "
                    + "covariate column (a value measured before exposure).");
        }
        if (cuped.enabled() && kind instanceof MetricKind.Ratio) {
            throw new InvalidSpecException("Metric " + name + " is a ratio metric: CUPED is not supported for ratios "
                    + "(turn CUPED off for it).");
        }
        if (cuped.enabled() && kind instanceof MetricKind.ColumnRatio) {
            throw new InvalidSpecException("Metric " + name + " is a ratio of columns: CUPED is not supported for "
                    + "column ratios.");
        }
    }

    /** A metric with default window, direction, role, capping and no CUPED. */
    public static MetricDefinition of(String name, MetricKind kind) {
        return new MetricDefinition(name, "", kind, null, null, null, null, null);
    }

    public MetricDefinition withRole(MetricRole newRole) {
        return new MetricDefinition(name, description, kind, window, direction, newRole, capping, cuped);
    }

    public MetricDefinition withCuped(Cuped newCuped) {
        return new MetricDefinition(name, description, kind, window, direction, role, capping, newCuped);
    }

    public MetricDefinition withCapping(Capping newCapping) {
        return new MetricDefinition(name, description, kind, window, direction, role, newCapping, cuped);
    }

    public MetricDefinition withDirection(Direction newDirection) {
        return new MetricDefinition(name, description, kind, window, newDirection, role, capping, cuped);
    }

    public MetricDefinition withWindow(ConversionWindow newWindow) {
        return new MetricDefinition(name, description, kind, newWindow, direction, role, capping, cuped);
    }
}
