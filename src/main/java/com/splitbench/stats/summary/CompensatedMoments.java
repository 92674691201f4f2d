package com.splitbench.stats.summary;

/**
 * Centred second moments from raw sums, without the cancellation of the textbook formula.
 *
 * <p>sum((y - mean)^2) = sum(y^2) - (sum y)^2 / n subtracts two numbers that agree in most of their digits when the
 * mean is large relative to the spread (values 1e6 +- 1). Here (sum y)^2 is split exactly into a head and a tail
 * with {@link Math#fma} (Dekker's two-product), the division by n keeps its exact remainder, and the head is
 * subtracted from sum(y^2) where Sterbenz's lemma makes the subtraction exact. The result is then as accurate as the
 * given sums allow: its error is about one unit in the last place of sum(y^2), not of (sum y)^2 / n, and no further
 * digits are lost. Digits already lost when the caller accumulated sum(y^2) cannot be recovered; callers with
 * large means should pass centred sums or use {@link SampleSummary#fromMeanAndVariance}.
 */
final class CompensatedMoments {

    private CompensatedMoments() {
    }

    /** Returns sumOfProducts - sumA * sumB / n, with the product and quotient carried to twice double precision. */
    static double centredCrossProduct(long n, double sumA, double sumB, double sumOfProducts) {
        double count = n;
        double head = sumA * sumB;
        double tail = Math.fma(sumA, sumB, -head);          // sumA * sumB = head + tail exactly
        double quotient = head / count;
        double remainder = Math.fma(-quotient, count, head); // head - quotient * n exactly
        double quotientTail = (remainder + tail) / count;
        return (sumOfProducts - quotient) - quotientTail;
    }

    /**
     * The rounding slack of {@link #centredCrossProduct}: results within it of zero, or within it below zero, are
     * rounding noise.
     */
    static double slack(double... magnitudes) {
        double largest = 0;
        for (double magnitude : magnitudes) {
            largest = Math.max(largest, Math.abs(magnitude));
        }
        return 8 * Math.ulp(largest);
    }

    /** Neumaier-compensated sum of values. */
    static double sum(double[] values) {
        double sum = 0;
        double compensation = 0;
        for (double value : values) {
            double t = sum + value;
            compensation += Math.abs(sum) >= Math.abs(value) ? (sum - t) + value : (value - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }

    /**
     * The corrected two-pass sum of products of deviations (Chan, Golub and LeVeque, 1983): the first-pass means are
     * refined by the compensated sum of first-pass deviations.
     */
    static double centredProducts(double[] a, double meanA, double[] b, double meanB) {
        double products = 0;
        double compensation = 0;
        double deviationsA = 0;
        double deviationsB = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            deviationsA += da;
            deviationsB += db;
            double product = da * db;
            double t = products + product;
            compensation += Math.abs(products) >= Math.abs(product)
                    ? (products - t) + product
                    : (product - t) + products;
            products = t;
        }
        return (products + compensation) - deviationsA * deviationsB / a.length;
    }
}
