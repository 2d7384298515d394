package org.cloudnations.sim.sweep.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Sensitivity estimators with percentile-bootstrap 95% confidence intervals.
 *
 * <p>Sobol (Saltelli et al. 2010, "Variance based sensitivity analysis of model output", Comput.
 * Phys. Commun. 181, table 2): with outputs f(A), f(B) and f(AB_i) over N base samples and
 * V the variance of f(A) and f(B) together,
 * first order S_i = mean(f(B) (f(AB_i) - f(A))) / V (Saltelli 2010, b) and
 * total order ST_i = mean((f(A) - f(AB_i))^2) / (2 V) (Jansen 1999, f).
 *
 * <p>Morris (Morris 1991; Campolongo, Cariboni &amp; Saltelli 2007): from the elementary effects
 * EE_i = (y(x + delta e_i) - y(x)) / delta of every trajectory, mu = mean EE, mu* = mean |EE|,
 * sigma = standard deviation of EE (n - 1 denominator).
 *
 * <p>Bootstrap: base samples (or trajectories) are drawn with replacement, the index recomputed,
 * and the 2.5% and 97.5% quantiles of the resampled values reported.
 */
public final class SensitivityIndices {
    private SensitivityIndices() {
    }

    /**
     * An estimate with its 95% confidence interval (NaN bounds when not computed).
     *
     * @param value the estimate
     * @param low lower bound
     * @param high upper bound
     */
    public record Estimate(double value, double low, double high) {
        /**
         * @param truth a reference value
         * @return whether it lies within the interval
         */
        public boolean covers(double truth) {
            return truth >= low && truth <= high;
        }
    }

    /**
     * Sobol indices of every input.
     *
     * @param first first-order indices S_i
     * @param total total-order indices ST_i
     */
    public record Sobol(Estimate[] first, Estimate[] total) {
    }

    /**
     * Morris measures of every input.
     *
     * @param mu mean elementary effect
     * @param muStar mean absolute elementary effect, with a bootstrap interval
     * @param sigma standard deviation of the elementary effects
     */
    public record Morris(double[] mu, Estimate[] muStar, double[] sigma) {
    }

    /**
     * @param yA f(A_j), j = 0..N-1
     * @param yB f(B_j)
     * @param yAB yAB[i][j] = f(AB_j^(i))
     * @param resamples bootstrap resamples (0: no intervals)
     * @param seed seed of the bootstrap
     * @return first- and total-order indices
     */
    public static Sobol sobol(double[] yA, double[] yB, double[][] yAB, int resamples, long seed) {
        int n = yA.length;
        int k = yAB.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[] s1 = new double[k];
        double[] st = new double[k];
        sobolOnce(yA, yB, yAB, all, s1, st);
        double[][] bs1 = new double[k][resamples];
        double[][] bst = new double[k][resamples];
        SplittableRandom r = new SplittableRandom(seed);
        int[] idx = new int[n];
        double[] t1 = new double[k];
        double[] tt = new double[k];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                idx[j] = r.nextInt(n);
            }
            sobolOnce(yA, yB, yAB, idx, t1, tt);
            for (int i = 0; i < k; i++) {
                bs1[i][b] = t1[i];
                bst[i][b] = tt[i];
            }
        }
        Estimate[] first = new Estimate[k];
        Estimate[] total = new Estimate[k];
        for (int i = 0; i < k; i++) {
            first[i] = estimate(s1[i], bs1[i]);
            total[i] = estimate(st[i], bst[i]);
        }
        return new Sobol(first, total);
    }

    private static void sobolOnce(double[] yA, double[] yB, double[][] yAB, int[] idx, double[] s1, double[] st) {
        int n = idx.length;
        double sum = 0;
        for (int j : idx) {
            sum += yA[j] + yB[j];
        }
        double mean = sum / (2.0 * n);
        double ss = 0;
        for (int j : idx) {
            double a = yA[j] - mean;
            double b = yB[j] - mean;
            ss += a * a + b * b;
        }
        double v = ss / (2.0 * n);
        for (int i = 0; i < yAB.length; i++) {
            double[] ab = yAB[i];
            double f = 0;
            double t = 0;
            for (int j : idx) {
                f += yB[j] * (ab[j] - yA[j]);
                double d = yA[j] - ab[j];
                t += d * d;
            }
            s1[i] = v > 0 ? f / n / v : Double.NaN;
            st[i] = v > 0 ? t / (2.0 * n) / v : Double.NaN;
        }
    }

    /**
     * @param effects effects[i][t] = elementary effect of input i in trajectory t
     * @param resamples bootstrap resamples for mu* (0: no interval)
     * @param seed seed of the bootstrap
     * @return mu, mu* and sigma of every input
     */
    public static Morris morris(double[][] effects, int resamples, long seed) {
        int k = effects.length;
        double[] mu = new double[k];
        double[] sigma = new double[k];
        Estimate[] muStar = new Estimate[k];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            double[] e = effects[i];
            int n = e.length;
            double s = 0;
            double a = 0;
            for (double x : e) {
                s += x;
                a += Math.abs(x);
            }
            mu[i] = n == 0 ? Double.NaN : s / n;
            double ss = 0;
            for (double x : e) {
                ss += (x - mu[i]) * (x - mu[i]);
            }
            sigma[i] = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
            double[] boot = new double[n == 0 ? 0 : resamples];
            for (int b = 0; b < boot.length; b++) {
                double t = 0;
                for (int j = 0; j < n; j++) {
                    t += Math.abs(e[r.nextInt(n)]);
                }
                boot[b] = t / n;
            }
            muStar[i] = estimate(n == 0 ? Double.NaN : a / n, boot);
        }
        return new Morris(mu, muStar, sigma);
    }

    private static Estimate estimate(double value, double[] boot) {
        if (boot.length == 0 || Double.isNaN(value)) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] s = boot.clone();
        Arrays.sort(s);
        return new Estimate(value, quantile(s, 0.025), quantile(s, 0.975));
    }

    /** Linear interpolation between order statistics (type 7 of Hyndman and Fan). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
