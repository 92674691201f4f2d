package com.splitbench.stats.power;

import com.splitbench.stats.InputChecks;
import com.splitbench.stats.InvalidParameterException;
import com.splitbench.stats.Outcome;

/** How many more days the experiment needs at the traffic observed so far. */
public final class DaysRemaining {

    private DaysRemaining() {
    }

    /**
     * Returns the whole days until every arm reaches {@code requiredPerArm} units, at each arm's observed daily
     * rate: the largest of ceil((required - current) / rate) over arms, 0 when all arms have enough.
     *
     * @param requiredPerArm units each arm needs
     * @param currentPerArm units each arm has
     * @param unitsPerDayPerArm each arm's observed units per day (e.g. units so far / days running)
     * @return days, or not computable when an arm that still needs units has no traffic
     * @throws InvalidParameterException if the arrays are empty or differ in length, or a rate is NaN or negative
     * @throws com.splitbench.stats.NegativeCountException if a count is negative
     */
    public static Outcome<Long> estimate(long requiredPerArm, long[] currentPerArm, double[] unitsPerDayPerArm) {
        InputChecks.nonNegative(requiredPerArm, "required units per arm");
        if (currentPerArm == null || unitsPerDayPerArm == null || currentPerArm.length == 0
                || currentPerArm.length != unitsPerDayPerArm.length) {
            throw new InvalidParameterException("current units and daily rates must be given for the same arms.");
        }
        long days = 0;
        for (int i = 0; i < currentPerArm.length; i++) {
            long missing = requiredPerArm - InputChecks.nonNegative(currentPerArm[i], "units in arm " + (i + 1));
            double rate = unitsPerDayPerArm[i];
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new InvalidParameterException("daily rate of arm " + (i + 1) + " is " + rate
                        + "; it must be a finite number >= 0.");
            }
            if (missing <= 0) {
                continue;
            }
            if (rate == 0) {
                return Outcome.notComputable("Arm " + (i + 1) + " needs " + missing + " more units but has no "
                        + "traffic, so the remaining time cannot be estimated.");
            }
            days = Math.max(days, (long) Math.ceil(missing / rate));
        }
        return Outcome.computed(days);
    }
}
