package com.splitbench.spec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user says about an experiment, beyond what the data shows.
 *
 * @param key the experiment id in the data
 * @param displayName the name shown; defaults to the key
 * @param hypothesis free text
 * @param controlVariant the baseline; empty means "choose by {@link #defaultControl(Set)}"
 * @param weights the designed traffic split per variant (positive; need not sum to 1); empty means equal
 * @param from first exposure time included (inclusive); empty means from the start of the data
 * @param to end of the analysis (exclusive) for exposures and events; empty means to the end of the data
 * @param notes free text
 */
public record ExperimentDefinition(
        String key,
        String displayName,
        String hypothesis,
        Optional<String> controlVariant,
        Map<String, Double> weights,
        Optional<Instant> from,
        Optional<Instant> to,
        String notes) {

    public static final int MAX_TEXT_LENGTH = 20_000;

    public ExperimentDefinition {
        SpecChecks.requireName(key, "experiment key");
        displayName = displayName == null || displayName.isBlank() ? key
                : SpecChecks.optionalText(displayName, SpecChecks.MAX_NAME_LENGTH, "display name");
        hypothesis = SpecChecks.optionalText(hypothesis, MAX_TEXT_LENGTH, "hypothesis");
        notes = SpecChecks.optionalText(notes, MAX_TEXT_LENGTH, "notes");
        controlVariant = controlVariant == null ? Optional.empty() : controlVariant;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        weights = weights == null ? Map.of() : copyWeights(weights);
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidSpecException("The analysis date range of " + key + " ends (" + to.get()
                    + ") before it starts (" + from.get() + ").");
        }
    }

    /** A definition with every optional part left to its default. */
    public static ExperimentDefinition of(String key) {
        return new ExperimentDefinition(key, null, null, null, null, null, null, null);
    }

    /**
     * The control chosen when the user has not named one: a variant called control, baseline or A
     * (case-insensitive, in that order of preference), otherwise the first variant in sort order.
     */
    public static String defaultControl(Set<String> variants) {
        if (variants.isEmpty()) {
            throw new InvalidSpecException("The experiment has no variants.");
        }
        for (String preferred : new String[] {"control", "baseline", "a"}) {
            for (String variant : variants.stream().sorted().toList()) {
                if (variant.toLowerCase(Locale.ROOT).equals(preferred)) {
                    return variant;
                }
            }
        }
        return variants.stream().sorted().findFirst().orElseThrow();
    }

    /** The control for these variants: the configured one if it is present, else the default. */
    public String controlFor(Set<String> variants) {
        if (controlVariant.isPresent()) {
            if (!variants.contains(controlVariant.get())) {
                throw new InvalidSpecException("The control variant '" + controlVariant.get() + "' of " + key
                        + " is not in the data; variants are " + variants.stream().sorted().toList() + ".");
            }
            return controlVariant.get();
        }
        return defaultControl(variants);
    }

    /** The expected share of each variant: the configured weights normalised, or equal shares. */
    public Map<String, Double> expectedShares(Iterable<String> variants) {
        Map<String, Double> raw = new LinkedHashMap<>();
        for (String variant : variants) {
            raw.put(variant, weights.isEmpty() ? 1.0 : weights.getOrDefault(variant, 0.0));
        }
        double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            throw new InvalidSpecException("The expected weights of " + key + " do not cover any variant in the data.");
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        raw.forEach((variant, weight) -> shares.put(variant, weight / total));
        return shares;
    }

    public ExperimentDefinition withControl(String variant) {
        return new ExperimentDefinition(key, displayName, hypothesis, Optional.ofNullable(variant), weights, from, to,
                notes);
    }

    private static Map<String, Double> copyWeights(Map<String, Double> weights) {
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((variant, weight) -> {
            if (weight == null || !Double.isFinite(weight) || weight < 0) {
                throw new InvalidSpecException("The weight of variant '" + variant + "' must be a non-negative "
                        + "number, got " + weight + ".");
            }
            copy.put(variant, weight);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
