package com.splitbench.sample;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Who a user is: id, platform, country and engagement, and the assignment context JSON already encoded for
 * the CSV (RFC 4180 quoted) and JSON Lines writers.
 *
 * @param id          ULID user id, ASCII
 * @param platform    client platform
 * @param country     ISO 3166 country code
 * @param offsetMinutes the user's UTC offset, for timestamps written with an offset
 * @param engaged     an engaged user has more sessions and buys more often
 * @param contextCsv  the context JSON as one quoted CSV field
 * @param contextJson the context JSON object
 */
record UserProfile(byte[] id, Platform platform, String country, int offsetMinutes, boolean engaged,
                   byte[] contextCsv, byte[] contextJson) {

    private static final String[] COUNTRIES = {"US", "DE", "GB", "FR", "BR", "IN", "JP", "CA"};
    private static final double[] COUNTRY_WEIGHTS = {0.34, 0.14, 0.12, 0.09, 0.09, 0.10, 0.06, 0.06};
    private static final int[] COUNTRY_OFFSETS = {-300, 60, 0, 60, -180, 330, 540, -300};
    private static final String[] APP_VERSIONS = {"4.11.2", "4.12.0", "4.12.1"};
    private static final double[] APP_VERSION_WEIGHTS = {0.2, 0.3, 0.5};
    private static final String[] BROWSERS = {"chrome", "safari", "firefox"};
    private static final double[] BROWSER_WEIGHTS = {0.6, 0.25, 0.15};
    /** Campaign names as marketing tools spell them, including a comma and quotes that CSV must escape. */
    private static final String[] CAMPAIGNS = {"spring_sale", "newsletter, week 12", "partner \"acme\"", "retargeting"};
    private static final double CAMPAIGN_RATE = 0.06;

    static UserProfile draw(SplittableRandom random, long uniqueBits, long signupMillis) {
        byte[] id = UserIds.ulid(signupMillis, uniqueBits, random.nextInt(1 << 16));
        double device = random.nextDouble();
        Platform platform;
        String deviceType;
        if (device < 0.30) {
            platform = Platform.IOS;
            deviceType = "mobile";
        } else if (device < 0.62) {
            platform = Platform.ANDROID;
            deviceType = "mobile";
        } else if (device < 0.90) {
            platform = Platform.WEB;
            deviceType = "desktop";
        } else {
            platform = device < 0.95 ? Platform.IOS : Platform.ANDROID;
            deviceType = "tablet";
        }
        int country = pick(random.nextDouble(), COUNTRY_WEIGHTS);
        boolean engaged = random.nextDouble() < SampleScenario.ENGAGED_SHARE;
        StringBuilder json = new StringBuilder(112)
                .append("{\"device\":\"").append(deviceType)
                .append("\",\"platform\":\"").append(platform.label())
                .append("\",\"country\":\"").append(COUNTRIES[country]).append('"');
        if (platform == Platform.WEB) {
            json.append(",\"browser\":\"").append(BROWSERS[pick(random.nextDouble(), BROWSER_WEIGHTS)]).append('"');
        } else {
            json.append(",\"app_version\":\"").append(APP_VERSIONS[pick(random.nextDouble(), APP_VERSION_WEIGHTS)])
                    .append('"');
        }
        if (random.nextDouble() < CAMPAIGN_RATE) {
            String campaign = CAMPAIGNS[random.nextInt(CAMPAIGNS.length)];
            json.append(",\"campaign\":\"").append(campaign.replace("\"", "\\\"")).append('"');
        }
        String contextJson = json.append('}').toString();
        String contextCsv = '"' + contextJson.replace("\"", "\"\"") + '"';
        return new UserProfile(id, platform, COUNTRIES[country], COUNTRY_OFFSETS[country], engaged,
                contextCsv.getBytes(StandardCharsets.UTF_8), contextJson.getBytes(StandardCharsets.UTF_8));
    }

    double activity() {
        return engaged ? SampleScenario.ENGAGED_ACTIVITY : SampleScenario.CASUAL_ACTIVITY;
    }

    double conversionMultiplier() {
        return engaged ? SampleScenario.ENGAGED_CONVERSION : SampleScenario.CASUAL_CONVERSION;
    }

    static int pick(double uniform, double[] weights) {
        double cumulative = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            cumulative += weights[i];
            if (uniform < cumulative) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
