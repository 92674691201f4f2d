package com.splitbench.sample;

import static com.splitbench.sample.SampleScenario.MICROS_PER_HOUR;
import static com.splitbench.sample.SampleScenario.MICROS_PER_SECOND;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws one user's metric events: sessions with page views and carts before and after exposure, purchases with
 * the planted conversion and revenue effects, the planted just-before-exposure page view, timestamp spellings and
 * exact duplicate rows.
 */
final class UserEventPlanner {

    private static final long MINUTE = 60 * MICROS_PER_SECOND;
    private static final int CHECKOUT = SampleScenario.experimentIndex(SampleScenario.CHECKOUT);

    private long[] preSessions = new long[16];
    private long[] postSessions = new long[16];
    private int[] duplicateAfter = new int[64];
    private long checkoutExposureMillis;

    void drawEvents(SplittableRandom random, SimulatedUser user, long arrival, double sessionScale) {
        UserProfile profile = user.profile();
        UserEvents events = user.events;
        checkoutExposureMillis = user.exposureMillis(CHECKOUT);
        double activity = profile.activity();
        int preCount = poisson(random, activity * SampleScenario.PRE_SESSIONS_PER_ACTIVITY * sessionScale);
        int postCount = 1 + poisson(random, activity * SampleScenario.POST_SESSIONS_PER_ACTIVITY * sessionScale);
        preSessions = ensure(preSessions, preCount);
        postSessions = ensure(postSessions, postCount);
        for (int i = 0; i < preCount; i++) {
            preSessions[i] = uniform(random, SampleScenario.PRE_START_MICROS,
                    SampleScenario.START_MICROS - MICROS_PER_HOUR);
            session(random, events, preSessions[i]);
        }
        // The first session starts after every assignment of the arrival (those fall within 0.8 s of it).
        postSessions[0] = arrival + MICROS_PER_SECOND + random.nextLong(29 * MICROS_PER_SECOND);
        session(random, events, postSessions[0]);
        for (int i = 1; i < postCount; i++) {
            postSessions[i] = uniform(random, postSessions[0] + 30 * MINUTE,
                    SampleScenario.END_MICROS - MICROS_PER_HOUR);
            session(random, events, postSessions[i]);
        }
        double conversionMultiplier = profile.conversionMultiplier();
        if (preCount > 0 && random.nextDouble() < SampleScenario.PRE_CONVERSION * conversionMultiplier) {
            purchases(random, user, preSessions, preCount, 1.0);
        }
        double revenueMultiplier = 1.0;
        List<ExperimentDesign> experiments = SampleScenario.EXPERIMENTS;
        for (int k = 0; k < experiments.size(); k++) {
            if (user.experiencedVariant[k] != SimulatedUser.NOT_ASSIGNED) {
                VariantDesign variant = experiments.get(k).variants().get(user.experiencedVariant[k]);
                conversionMultiplier *= variant.conversionMultiplier();
                revenueMultiplier *= variant.revenuePerPurchaseMultiplier();
            }
        }
        if (random.nextDouble() < SampleScenario.BASE_CONVERSION * conversionMultiplier) {
            purchases(random, user, postSessions, postCount, revenueMultiplier);
        }
        if (user.hasAssignmentRows() && random.nextDouble() < SampleScenario.EVENT_JUST_BEFORE_EXPOSURE_RATE) {
            // The client sent a page view before the assignment call returned.
            events.add(arrival - MICROS_PER_SECOND - random.nextLong(9 * MICROS_PER_SECOND), EventType.PAGE_VIEW,
                    UserEvents.NO_VALUE, false);
            user.eventsJustBeforeExposure++;
        }
        events.sortByTime();
        planRows(random, events);
    }

    private void planRows(SplittableRandom random, UserEvents events) {
        int size = events.size();
        if (duplicateAfter.length < size) {
            duplicateAfter = new int[Math.max(size, duplicateAfter.length * 2)];
        }
        for (int i = 0; i < size; i++) {
            events.setFormat(i, TimestampFormat.pick(random.nextDouble(), SampleScenario.EVENT_TIME_FORMAT_WEIGHTS));
            duplicateAfter[i] = random.nextDouble() < SampleScenario.DUPLICATE_EVENT_ROW_RATE
                    ? i + random.nextInt(size - i)
                    : -1;
        }
        events.planRows(duplicateAfter);
    }

    private void session(SplittableRandom random, UserEvents events, long start) {
        events.add(start, EventType.SESSION, UserEvents.NO_VALUE, false);
        int pageViews = 1 + poisson(random, SampleScenario.EXTRA_PAGE_VIEWS_MEAN);
        long time = start;
        for (int i = 0; i < pageViews; i++) {
            time += 5 * MICROS_PER_SECOND + random.nextLong(115 * MICROS_PER_SECOND);
            events.add(time, EventType.PAGE_VIEW, UserEvents.NO_VALUE, false);
        }
        if (random.nextDouble() < SampleScenario.ADD_TO_CART_PER_SESSION) {
            long cartAt = start + 10 * MICROS_PER_SECOND + random.nextLong(890 * MICROS_PER_SECOND);
            events.add(cartAt, EventType.ADD_TO_CART, UserEvents.NO_VALUE, tag(random, cartAt));
        }
    }

    private void purchases(SplittableRandom random, SimulatedUser user, long[] sessions, int count,
                           double revenueMultiplier) {
        int purchases = 1 + poisson(random, SampleScenario.EXTRA_PURCHASES_MEAN);
        for (int i = 0; i < purchases; i++) {
            long start = sessions[random.nextInt(count)];
            long buyAt = start + MINUTE + random.nextLong(19 * MINUTE);
            long cartAt = start + (long) ((buyAt - start) * random.nextDouble());
            user.events.add(cartAt, EventType.ADD_TO_CART, UserEvents.NO_VALUE, tag(random, cartAt));
            double value = Math.exp(Math.log(SampleScenario.REVENUE_MEDIAN)
                    + SampleScenario.REVENUE_SIGMA * random.nextGaussian()) * revenueMultiplier;
            if (random.nextDouble() < SampleScenario.WHALE_PURCHASE_RATE) {
                value *= uniform(random, SampleScenario.WHALE_MIN_MULTIPLIER, SampleScenario.WHALE_MAX_MULTIPLIER);
                user.whalePurchases++;
            }
            user.events.add(buyAt, EventType.PURCHASE, Math.max(1, Math.round(value * 100)), tag(random, buyAt));
        }
    }

    /** Some checkout events of users in checkout_redesign carry its experiment_id, as a client SDK may add it. */
    private boolean tag(SplittableRandom random, long micros) {
        return checkoutExposureMillis != Long.MAX_VALUE
                && Math.floorDiv(micros, 1000) >= checkoutExposureMillis
                && random.nextDouble() < SampleScenario.EXPERIMENT_TAG_RATE;
    }

    /** Knuth's multiplication method; the means here are small (below 10). */
    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static long uniform(SplittableRandom random, long from, long to) {
        return from + random.nextLong(to - from);
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    private static long[] ensure(long[] array, int size) {
        return array.length >= size ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
