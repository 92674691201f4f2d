package com.splitbench.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A number (or group of numbers) that is either computed, not computable for a stated reason, or not requested.
 * Undefined results never travel as NaN, as a fake 0 or 1, or as null: the "explain this number" view shows the
 * reason instead.
 *
 * @param <T> the type of the computed value
 */
public sealed interface Outcome<T> permits Outcome.Computed, Outcome.NotComputable, Outcome.NotRequested {

    /** A computed value. */
    record Computed<T>(T value) implements Outcome<T> {
        public Computed {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A value that the data cannot define, with the reason written for the user. */
    record NotComputable<T>(String reason) implements Outcome<T> {
        public NotComputable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A value the caller did not ask for (for example the Bayesian view when it is switched off). */
    record NotRequested<T>() implements Outcome<T> {
    }

    static <T> Outcome<T> computed(T value) {
        return new Computed<>(value);
    }

    static <T> Outcome<T> notComputable(String reason) {
        return new NotComputable<>(reason);
    }

    static <T> Outcome<T> notRequested() {
        return new NotRequested<>();
    }

    default boolean isComputed() {
        return this instanceof Computed<T>;
    }

    /** Returns the value if computed. */
    default Optional<T> asOptional() {
        return this instanceof Computed<T> computed ? Optional.of(computed.value()) : Optional.empty();
    }

    /**
     * Returns the computed value.
     *
     * @throws IllegalStateException with the reason if the value is not computed
     */
    default T orElseThrow() {
        if (this instanceof Computed<T> computed) {
            return computed.value();
        }
        throw new IllegalStateException("not computed: " + explanation());
    }

    /** Returns the reason a value is missing, or an empty string if it is computed. */
    default String explanation() {
        if (this instanceof NotComputable<T> notComputable) {
            return notComputable.reason();
        }
        return this instanceof NotRequested<T> ? "not requested" : "";
    }

    /** Applies f to a computed value; a missing value stays missing with its reason. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        return flatMap(value -> computed(f.apply(value)));
    }

    /** Applies f to a computed value; a missing value stays missing with its reason. */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
        if (this instanceof Computed<T> computed) {
            return f.apply(computed.value());
        }
        if (this instanceof NotComputable<T> notComputable) {
            return notComputable(notComputable.reason());
        }
        return (Outcome<U>) this;
    }
}
