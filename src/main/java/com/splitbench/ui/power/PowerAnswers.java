package com.splitbench.ui.power;

import com.splitbench.analysis.result.AnalysisResult;
import com.splitbench.stats.Outcome;
import com.splitbench.stats.Sidedness;
import com.splitbench.stats.power.DaysRemaining;
import com.splitbench.stats.power.MeanPower;
import com.splitbench.stats.power.MinimumDetectableEffect;
import com.splitbench.stats.power.ProportionPower;
import com.splitbench.ui.table.DisplayFormats;
import java.util.List;

/** The power panel's answers in words, from checked inputs; the arithmetic is the statistics engine's. */
final class PowerAnswers {

    private PowerAnswers() {
    }

    /** Users per variant the planned test needs (sample-size goal), or the users field (smallest-effect goal). */
    static long requiredPerVariant(PowerFields f) {
        if (f.goal() == PowerViewModel.Goal.MINIMUM_EFFECT) {
            return f.usersPerVariant();
        }
        return f.kind() == PowerViewModel.Kind.PROPORTION
                ? ProportionPower.sampleSizePerArm(f.baseline(), f.baseline() * (1 + f.effect()), f.alpha(), f.power(),
                        Sidedness.TWO_SIDED).perArm()
                : MeanPower.sampleSizePerArm(f.deviation(), f.baseline() * f.effect(), f.alpha(), f.power(),
                        Sidedness.TWO_SIDED).perArm();
    }

    static String answer(PowerFields f) {
        String level = " with " + DisplayFormats.percent(f.power(), 0) + " power at "
                + DisplayFormats.percent(1 - f.alpha(), 0) + " confidence (two-sided).";
        if (f.goal() == PowerViewModel.Goal.SAMPLE_SIZE) {
            long n = requiredPerVariant(f);
            String from = f.kind() == PowerViewModel.Kind.PROPORTION
                    ? " (from " + DisplayFormats.percent(f.baseline(), 2) + " to "
                    + DisplayFormats.percent(f.baseline() * (1 + f.effect()), 2) + ")" : "";
            return DisplayFormats.number(n, 0) + " users per variant to detect a "
                    + DisplayFormats.signedPercent(f.effect(), 1) + " relative change" + from + level;
        }
        Outcome<MinimumDetectableEffect> mde = f.kind() == PowerViewModel.Kind.PROPORTION
                ? ProportionPower.minimumDetectableEffect(f.baseline(), f.usersPerVariant(), f.alpha(), f.power(),
                        Sidedness.TWO_SIDED)
                : Outcome.computed(MeanPower.minimumDetectableEffect(f.deviation(), f.baseline(), f.usersPerVariant(),
                        f.alpha(), f.power(), Sidedness.TWO_SIDED));
        if (!mde.isComputed()) {
            return mde.explanation();
        }
        MinimumDetectableEffect effect = mde.orElseThrow();
        String absolute = f.kind() == PowerViewModel.Kind.PROPORTION
                ? DisplayFormats.signed(effect.absolute() * 100, 2) + " percentage points"
                : DisplayFormats.signed(effect.absolute(), 4);
        return "With " + DisplayFormats.number(f.usersPerVariant(), 0) + " users per variant, the smallest change "
                + "detected is " + DisplayFormats.signedPercent(effect.relative(), 1) + " relative (" + absolute + ")"
                + level;
    }

    /** How long the experiment still needs at the traffic it has seen, in words. */
    static String daysLeft(PowerFields f, AnalysisResult result) {
        if (result == null || result.statistics().exposures().days().isEmpty()) {
            return "";
        }
        long required = requiredPerVariant(f);
        List<Long> users = result.statistics().users();
        int days = result.statistics().exposures().days().size();
        long[] current = users.stream().mapToLong(Long::longValue).toArray();
        double[] rates = users.stream().mapToDouble(u -> (double) u / days).toArray();
        long smallest = users.stream().mapToLong(Long::longValue).min().orElse(0);
        Outcome<Long> left = DaysRemaining.estimate(required, current, rates);
        String traffic = "At the traffic seen so far (about " + DisplayFormats.number(
                java.util.Arrays.stream(rates).min().orElse(0), 0) + " new users a day in the smallest variant, over "
                + days + " days)";
        if (!left.isComputed()) {
            return traffic + ", the time left cannot be estimated: " + left.explanation();
        }
        if (left.orElseThrow() == 0) {
            return "The experiment already has the " + DisplayFormats.number(required, 0) + " users per variant this "
                    + "plan needs (its smallest variant has " + DisplayFormats.number(smallest, 0) + ").";
        }
        return traffic + ", the experiment needs about " + DisplayFormats.number(left.orElseThrow(), 0)
                + " more days to reach " + DisplayFormats.number(required, 0) + " users per variant (its smallest "
                + "variant has " + DisplayFormats.number(smallest, 0) + ").";
    }
}
