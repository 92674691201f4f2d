package com.splitbench.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The fixed story the sample tells: three experiments with planted effects over five weeks, two weeks of
 * pre-exposure history, a simple user behaviour model and the rates of real-export messiness. Everything the
 * README and manifest state as "true" is defined here.
 */
final class SampleScenario {

    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_HOUR = 3600 * MICROS_PER_SECOND;
    static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;

    static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    static final Instant PRE_START = START.minus(14, ChronoUnit.DAYS);
    static final Instant END = START.plus(35, ChronoUnit.DAYS);
    static final long START_MICROS = START.getEpochSecond() * MICROS_PER_SECOND;
    static final long PRE_START_MICROS = PRE_START.getEpochSecond() * MICROS_PER_SECOND;
    static final long END_MICROS = END.getEpochSecond() * MICROS_PER_SECOND;
    /** Users first arrive during the first 34 days, front-loaded as real exposure curves are. */
    static final long ARRIVAL_SPAN_MICROS = 34 * MICROS_PER_DAY;
    static final double ARRIVAL_SKEW = 1.6;

    // Behaviour: a user is engaged or casual; activity scales sessions, the multiplier scales purchase probability.
    // Both have mean 1 over users, so the planted rates below are the true population rates.
    static final double ENGAGED_SHARE = 0.2;
    static final double ENGAGED_ACTIVITY = 2.2;
    static final double CASUAL_ACTIVITY = 0.7;
    static final double ENGAGED_CONVERSION = 2.6;
    static final double CASUAL_CONVERSION = 0.6;

    static final double POST_SESSIONS_PER_ACTIVITY = 1.0;
    static final double PRE_SESSIONS_PER_ACTIVITY = 0.6;
    static final double EXTRA_PAGE_VIEWS_MEAN = 1.5;
    static final double ADD_TO_CART_PER_SESSION = 0.2;
    /** Purchases of a converting user: 1 + Poisson(0.3). */
    static final double EXTRA_PURCHASES_MEAN = 0.3;
    /** Probability that a user buys after exposure, before the experiment multipliers. */
    static final double BASE_CONVERSION = 0.10;
    /** Probability that a user with pre-period sessions bought in the pre-period. */
    static final double PRE_CONVERSION = 0.07;

    /** Purchase value: lognormal with this median (currency units) and log-scale sigma. */
    static final double REVENUE_MEDIAN = 35.0;
    static final double REVENUE_SIGMA = 0.9;
    static final double WHALE_MIN_MULTIPLIER = 40;
    static final double WHALE_MAX_MULTIPLIER = 120;

    /** Share of add_to_cart and purchase events of checkout_redesign users that carry its experiment_id. */
    static final double EXPERIMENT_TAG_RATE = 0.3;

    static final double DUPLICATE_ASSIGNMENT_ROW_RATE = 0.01;
    static final double DUPLICATE_EVENT_ROW_RATE = 0.003;
    static final double MULTI_VARIANT_USER_RATE = 0.004;
    static final double EVENT_JUST_BEFORE_EXPOSURE_RATE = 0.01;
    static final double WHALE_PURCHASE_RATE = 0.004;

    static final double[] ASSIGNMENT_TIME_FORMAT_WEIGHTS = {0.90, 0.04, 0.04, 0.02};
    static final double[] EVENT_TIME_FORMAT_WEIGHTS = {0.85, 0.05, 0.05, 0.05};

    static final String CHECKOUT = "checkout_redesign";
    static final String ONBOARDING = "onboarding_flow";
    static final String PRICING = "pricing_page";
    /** The experiment whose per-user table is written. */
    static final String USER_TABLE_EXPERIMENT = CHECKOUT;

    static final List<ExperimentDesign> EXPERIMENTS = List.of(
            new ExperimentDesign(CHECKOUT,
                    "Three arms. treatment_b lifts purchase conversion by 25% relative (0.100 to 0.125); "
                            + "treatment_a has no effect.",
                    0.80,
                    List.of(VariantDesign.neutral("control", 1.0 / 3),
                            VariantDesign.neutral("treatment_a", 1.0 / 3),
                            new VariantDesign("treatment_b", 1.0 / 3, 1.25, 1.0)),
                    List.of()),
            new ExperimentDesign(ONBOARDING,
                    "No effect on any metric. Designed 50/50, but 30% of android control users' assignment rows "
                            + "are lost, so about 47/53 is realised: a sample ratio mismatch visible on android only.",
                    0.55,
                    List.of(VariantDesign.neutral("control", 0.5), VariantDesign.neutral("new_onboarding", 0.5)),
                    List.of(new AssignmentLoss("control", Platform.ANDROID, 0.30))),
            new ExperimentDesign(PRICING,
                    "premium_anchor raises every purchase value by 10%; conversion is unchanged. Purchase values "
                            + "are lognormal with a few whales (40x to 120x), so revenue has heavy outliers.",
                    0.60,
                    List.of(VariantDesign.neutral("control", 0.5),
                            new VariantDesign("premium_anchor", 0.5, 1.0, 1.10)),
                    List.of()));

    private SampleScenario() {
    }

    /** Expected purchase value before multipliers and whales: the lognormal mean exp(mu + sigma^2 / 2). */
    static double meanPurchaseValueWithoutWhales() {
        return REVENUE_MEDIAN * Math.exp(REVENUE_SIGMA * REVENUE_SIGMA / 2);
    }

    /** Expected purchase value including whales (multiplier uniform on [min, max]). */
    static double meanPurchaseValue() {
        double meanWhale = (WHALE_MIN_MULTIPLIER + WHALE_MAX_MULTIPLIER) / 2;
        return meanPurchaseValueWithoutWhales() * (1 + WHALE_PURCHASE_RATE * (meanWhale - 1));
    }

    static int experimentIndex(String key) {
        for (int i = 0; i < EXPERIMENTS.size(); i++) {
            if (EXPERIMENTS.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no experiment " + key);
    }
}
