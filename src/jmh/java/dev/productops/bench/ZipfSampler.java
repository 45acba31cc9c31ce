package dev.productops.bench;

import java.util.SplittableRandom;

/** Draws ranks 1..n with probability proportional to 1 / rank^s (inverse CDF by binary search). */
final class ZipfSampler {
    private final double[] cumulative;

    ZipfSampler(int n, double s) {
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += Math.pow(rank, -s);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A rank in 0..n-1 (0 is the most frequent). */
    int next(SplittableRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
