package com.splitbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.sample.IndependentCounts.Assignment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planted effects are visible in the committed files when counted from the files alone. Thresholds:
 * SciPy 1.17 {@code chi2.isf(1e-5, 1) = 19.511}, {@code chi2.isf(0.01, 1) = 6.635},
 * {@code norm.isf(0.0005) = 3.2905} (two-sided p = 0.001).
 */
class PlantedEffectsTest {

    private static final double CHI2_P_1E5 = 19.511;
    private static final double CHI2_P_001 = 6.635;
    private static final double Z_P_0001 = 3.2905;

    @Test
    void onboardingShowsASampleRatioMismatchAgainstItsFiftyFiftyDesign() {
        Collection<Assignment> users = CommittedSample.counts().experiment("onboarding_flow").values();
        long control = users.stream().filter(a -> a.firstVariant.equals("control")).count();
        long treatment = users.size() - control;
        assertThat((double) control / users.size()).isBetween(0.46, 0.48);
        assertThat(chiSquareAgainstHalf(control, treatment)).isGreaterThan(CHI2_P_1E5);
        assertThat(control).isEqualTo(
                CommittedSample.variant("onboarding_flow", "control").get("users_by_first_assignment").asLong());
    }

    @Test
    void theMismatchIsOnAndroidOnly() {
        Collection<Assignment> users = CommittedSample.counts().experiment("onboarding_flow").values();
        for (String platform : List.of("ios", "web")) {
            long[] split = splitOn(users, platform);
            assertThat(chiSquareAgainstHalf(split[0], split[1])).as(platform).isLessThan(CHI2_P_001);
        }
        long[] android = splitOn(users, "android");
        assertThat(chiSquareAgainstHalf(android[0], android[1])).isGreaterThan(CHI2_P_1E5);
    }

    @Test
    void pricingAndCheckoutHaveNoSampleRatioMismatch() {
        Collection<Assignment> pricing = CommittedSample.counts().experiment("pricing_page").values();
        long control = pricing.stream().filter(a -> a.firstVariant.equals("control")).count();
        assertThat(chiSquareAgainstHalf(control, pricing.size() - control)).isLessThan(CHI2_P_001);
        Map<String, Long> checkout =
                countByFirstVariant(CommittedSample.counts().experiment("checkout_redesign").values());
        double expected = checkout.values().stream().mapToLong(Long::longValue).sum() / 3.0;
        double chiSquare = checkout.values().stream()
                .mapToDouble(n -> (n - expected) * (n - expected) / expected).sum();
        // SciPy 1.17 chi2.isf(0.01, 2) = 9.2103
        assertThat(chiSquare).isLessThan(9.2103);
    }

    @Test
    void treatmentBLiftsCheckoutConversionAndTreatmentADoesNot() {
        Map<String, Assignment> users = CommittedSample.counts().experiment("checkout_redesign");
        double[] control = conversion(users.values(), "control");
        double[] treatmentA = conversion(users.values(), "treatment_a");
        double[] treatmentB = conversion(users.values(), "treatment_b");
        assertThat(rate(control)).isCloseTo(0.100, org.assertj.core.data.Offset.offset(0.012));
        assertThat(rate(treatmentB)).isCloseTo(0.125, org.assertj.core.data.Offset.offset(0.012));
        assertThat(twoProportionZ(treatmentB, control)).isGreaterThan(Z_P_0001);
        assertThat(Math.abs(twoProportionZ(treatmentA, control))).isLessThan(Z_P_0001);
        assertThat((long) treatmentB[0])
                .isEqualTo(CommittedSample.variant("checkout_redesign", "treatment_b").get("converters").asLong());
        assertThat((long) treatmentB[1])
                .isEqualTo(CommittedSample.variant("checkout_redesign", "treatment_b").get("analysed_users").asLong());
    }

    @Test
    void pricingRevenueHasWhalesFarAboveTheMedianPurchase() throws IOException {
        Map<String, Assignment> users = CommittedSample.counts().experiment("pricing_page");
        List<Double> values = new ArrayList<>();
        List<String> lines = ExportFiles.lines(CommittedSample.EVENTS);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = ExportFiles.parseCsvRecord(line);
            if (fields.get(2).equals("purchase") && users.containsKey(fields.get(0))) {
                values.add(Double.parseDouble(fields.get(3)));
            }
        }
        values.sort(null);
        double median = values.get(values.size() / 2);
        double max = values.get(values.size() - 1);
        double total = values.stream().mapToDouble(Double::doubleValue).sum();
        double topHalfPercent = values.subList(values.size() - values.size() / 200, values.size()).stream()
                .mapToDouble(Double::doubleValue).sum();
        assertThat(max / median).isGreaterThan(100);
        // The top 0.5% of purchases carry more than 10% of all revenue: a heavy tail, not a lognormal alone.
        assertThat(topHalfPercent / total).isGreaterThan(0.10);
        assertThat(CommittedSample.manifest().get("mess").get("counts").get("whale_purchases").asLong())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void revenueOfAnalysedUsersMatchesTheManifestToTheCent() {
        IndependentCounts counts = CommittedSample.counts();
        for (String experiment : List.of("checkout_redesign", "onboarding_flow", "pricing_page")) {
            for (var variant : CommittedSample.experiment(experiment).get("variants")) {
                String name = variant.get("name").asText();
                assertThat(counts.revenueCents.get(experiment).get(name))
                        .isEqualTo(variant.get("revenue").decimalValue().movePointRight(2).longValueExact());
                assertThat(counts.revenueCentsWithDuplicates.get(experiment).get(name)).isEqualTo(
                        variant.get("revenue_with_duplicate_rows").decimalValue().movePointRight(2).longValueExact());
            }
        }
    }

    private static long[] splitOn(Collection<Assignment> users, String platform) {
        long control = users.stream()
                .filter(a -> a.platform.equals(platform) && a.firstVariant.equals("control")).count();
        long all = users.stream().filter(a -> a.platform.equals(platform)).count();
        return new long[] {control, all - control};
    }

    private static Map<String, Long> countByFirstVariant(Collection<Assignment> users) {
        return users.stream().collect(java.util.stream.Collectors.groupingBy(a -> a.firstVariant,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /** {converters, analysed users} of one variant, leaving out users seen in two variants. */
    private static double[] conversion(Collection<Assignment> users, String variant) {
        long analysed = users.stream().filter(a -> a.variants.size() == 1 && a.firstVariant.equals(variant)).count();
        long converted = users.stream()
                .filter(a -> a.variants.size() == 1 && a.firstVariant.equals(variant) && a.converted).count();
        return new double[] {converted, analysed};
    }

    private static double rate(double[] conversion) {
        return conversion[0] / conversion[1];
    }

    /** Pooled two-proportion z statistic. */
    private static double twoProportionZ(double[] treatment, double[] control) {
        double pooled = (treatment[0] + control[0]) / (treatment[1] + control[1]);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / treatment[1] + 1 / control[1]));
        return (rate(treatment) - rate(control)) / se;
    }

    /** Pearson chi-square of two counts against an even split (1 degree of freedom). */
    private static double chiSquareAgainstHalf(long a, long b) {
        double expected = (a + b) / 2.0;
        return ((a - expected) * (a - expected) + (b - expected) * (b - expected)) / expected;
    }
}
