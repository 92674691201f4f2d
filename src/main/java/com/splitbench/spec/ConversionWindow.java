package com.splitbench.spec;

import java.time.Duration;
import java.util.Optional;

/**
 * When, relative to a user's first exposure, events count for a metric: from {@code exposure + startOffset}
 * (inclusive) for {@code length} (exclusive end), or to the end of the data when the length is absent. Events
 * before exposure never count, so the offset cannot be negative.
 */
public record ConversionWindow(Duration startOffset, Optional<Duration> length) {

    /** From exposure to the end of the data. */
    public static final ConversionWindow FROM_EXPOSURE = new ConversionWindow(Duration.ZERO, Optional.empty());

    public ConversionWindow {
        SpecChecks.requireNonNull(startOffset, "window start offset");
        SpecChecks.requireNonNull(length, "window length");
        if (startOffset.isNegative()) {
            throw new InvalidSpecException("The conversion window cannot start before exposure (offset "
                    + startOffset + ").");
        }
        if (length.isPresent() && (length.get().isNegative() || length.get().isZero())) {
            throw new InvalidSpecException("The conversion window length must be positive, got " + length.get()
                    + ".");
        }
    }

    /** Whether an event at {@code eventMillis} counts for a user first exposed at {@code exposureMillis}. */
    public boolean contains(long exposureMillis, long eventMillis) {
        long start = exposureMillis + startOffset.toMillis();
        if (eventMillis < start) {
            return false;
        }
        return length.isEmpty() || eventMillis < start + length.get().toMillis();
    }
}
