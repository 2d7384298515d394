package org.cloudnations.sim.model.exit;

import java.util.Arrays;

/**
 * The few-agent side of the exit model: states (productivity, population, tax revenue) and
 * communities (members, productivity, attachment weights), plus the tallies of the last tick and
 * the metrics derived from them. Shared by the struct-of-arrays instance and the MASON baseline.
 */
public final class ExitLedger {
    private final ExitSettings settings;
    private final double[] netHome;
    private final double[] taxHome;
    private final long[] population;
    private final long[] members;
    private final double[] phi;
    private final double[] cdf;
    private final double[] taxRevenue;
    private final double meanSkill;
    private long exits;
    private long returns;
    private double income;
    private double cloudIncome;
    private double cloudSkill;

    /**
     * @param settings the parameters
     * @param seed run seed (state productivities)
     * @param population residents per state
     * @param totalSkill the sum of all individuals' skill
     */
    public ExitLedger(ExitSettings settings, long seed, long[] population, double totalSkill) {
        this.settings = settings;
        int s = settings.states();
        this.netHome = new double[s];
        this.taxHome = new double[s];
        for (int k = 0; k < s; k++) {
            double a = Endowment.stateProductivity(seed, k, settings.productivitySigma());
            netHome[k] = (1.0 - settings.taxRate()) * a;
            taxHome[k] = settings.taxRate() * a;
        }
        this.population = population.clone();
        this.members = new long[settings.communities()];
        this.phi = new double[settings.communities()];
        this.cdf = new double[settings.communities()];
        this.taxRevenue = new double[s];
        this.meanSkill = totalSkill / settings.individuals();
        beginTick();
    }

    /** Phase {@code communities}: (E3) productivities and (E4) attachment weights from last tick's sizes. */
    public void beginTick() {
        int c = members.length;
        double reference = (double) settings.individuals() / c;
        long total = 0;
        for (int k = 0; k < c; k++) {
            phi[k] = ExitRule.productivity(settings.communityProductivity(), members[k], reference,
                    settings.networkExponent());
            total += members[k];
        }
        double denominator = total + (double) c;
        double acc = 0;
        for (int k = 0; k < c; k++) {
            acc += members[k] + 1.0;
            cdf[k] = acc / denominator;
        }
        cdf[c - 1] = 1.0;
    }

    /**
     * Phase {@code accounts}: stores the tallies of the tick just computed.
     *
     * @param newMembers members per community
     * @param newExits exits this tick
     * @param newReturns returns this tick
     * @param totalIncome sum of net incomes
     * @param totalCloudIncome sum of net incomes in communities
     * @param totalCloudSkill sum of skill of community members
     * @param tax tax revenue per state
     */
    public void endTick(long[] newMembers, long newExits, long newReturns, double totalIncome,
                        double totalCloudIncome, double totalCloudSkill, double[] tax) {
        System.arraycopy(newMembers, 0, members, 0, members.length);
        System.arraycopy(tax, 0, taxRevenue, 0, taxRevenue.length);
        exits = newExits;
        returns = newReturns;
        income = totalIncome;
        cloudIncome = totalCloudIncome;
        cloudSkill = totalCloudSkill;
    }

    /**
     * Writes the metrics of {@link ExitModel#METRICS}, in order.
     *
     * @param row destination
     */
    public void observe(double[] row) {
        double n = settings.individuals();
        long inCloud = 0;
        long largest = 0;
        for (long m : members) {
            inCloud += m;
            largest = Math.max(largest, m);
        }
        double hhi = 0;
        for (long m : members) {
            double share = inCloud == 0 ? 0 : (double) m / inCloud;
            hhi += share * share;
        }
        double totalTax = 0;
        double[] perCapita = new double[taxRevenue.length];
        for (int s = 0; s < taxRevenue.length; s++) {
            totalTax += taxRevenue[s];
            perCapita[s] = population[s] == 0 ? 0 : taxRevenue[s] / population[s];
        }
        row[0] = inCloud / n;
        row[1] = exits;
        row[2] = returns;
        row[3] = inCloud == 0 ? 0 : (cloudSkill / inCloud) / meanSkill;
        row[4] = income / n;
        row[5] = income == 0 ? 0 : cloudIncome / income;
        row[6] = totalTax / n;
        row[7] = gini(perCapita);
        row[8] = inCloud == 0 ? 0 : (double) largest / inCloud;
        row[9] = hhi;
    }

    /** @return (1 - tau) * A_s per state; read-only by convention */
    double[] netHome() {
        return netHome;
    }

    /** @return tau * A_s per state */
    double[] taxHome() {
        return taxHome;
    }

    /** @return phi_c per community this tick */
    double[] phi() {
        return phi;
    }

    /** @return cumulative attachment probabilities this tick */
    double[] cdf() {
        return cdf;
    }

    /**
     * The Gini coefficient of non-negative values: {@code sum_i (2i - n - 1) x_(i) / (n sum x)}
     * over the sorted values; 0 for an empty or all-zero array.
     *
     * @param values the values
     * @return the Gini coefficient in [0, 1)
     */
    public static double gini(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
        }
        return sum == 0 ? 0 : weighted / (n * sum);
    }
}
