package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.INTEGRATION_WEIGHT;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (C14) The states' accounts (phase {@code accounts}): employment (all and at integrating firms)
 * from the firms' employees, residents {@code pop_s} (employees, job seekers, crowd workers and
 * community members resident in {@code s}) and power {@code Omega_s = G_s + omega Q_s}; and the
 * metrics by state and by policy group.
 *
 * <p>Reads {@code firms.employees, integrating}, {@code states.first_firm, firm_count, seekers,
 * crowd, cloud_residents, tax_revenue, gdp, cloud_assets, policy}; writes {@code
 * states.employees, integrating_employees, population, power}.
 */
public final class StatePower implements Rule {
    private static final String[] GROUPS = {"squeeze", "neutral", "offshore", "league"};
    private static final String[] GROUP_NAMES = {"SQUEEZE", "NEUTRAL", "OFFSHORE", "LEAGUE"};
    static final MetricSpec[] POP = new MetricSpec[4];
    static final MetricSpec[] TAX = new MetricSpec[4];
    static final MetricSpec[] CLOUD = new MetricSpec[4];
    static final MetricSpec[] BASE = new MetricSpec[4];

    static {
        for (int g = 0; g < 4; g++) {
            POP[g] = new MetricSpec("pop_" + GROUPS[g], "1", "share of individuals resident in " + GROUP_NAMES[g]
                    + " states");
            TAX[g] = new MetricSpec("tax_" + GROUPS[g], "income", "tax and fee revenue per resident of "
                    + GROUP_NAMES[g] + " states");
            CLOUD[g] = new MetricSpec("cloud_" + GROUPS[g], "1", "community members per resident of "
                    + GROUP_NAMES[g] + " states");
            BASE[g] = new MetricSpec("base_" + GROUPS[g], "income", g == 0
                    ? "tax base (gross income taxed there) per resident of SQUEEZE states"
                    : "tax base per resident of " + GROUP_NAMES[g] + " states");
        }
    }

    static final MetricSpec TAX_PER_CAPITA = new MetricSpec("tax_per_capita", "income",
            "tax and fee revenue of all states per individual");
    static final MetricSpec POWER_GINI = MetricSpec.index("power_gini",
            "Gini coefficient of state power across states");
    static final MetricSpec POWER_HHI = MetricSpec.index("power_hhi",
            "Herfindahl-Hirschman index of state power");
    static final MetricSpec OFFSHORE_POWER_SHARE = new MetricSpec("offshore_power_share", "1",
            "share of all state power held by OFFSHORE states");
    static final MetricSpec INTEGRATED_POWER_SHARE = new MetricSpec("integrated_power_share", "1",
            "share of state power that is integrated cloud income");

    @Override
    public String name() {
        return "cloud-state-power";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(INTEGRATION_WEIGHT);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(POP[0], POP[1], POP[2], POP[3], TAX[0], TAX[1], TAX[2], TAX[3], CLOUD[0], CLOUD[1],
                CLOUD[2], CLOUD[3], BASE[0], BASE[1], BASE[2], BASE[3], TAX_PER_CAPITA, POWER_GINI, POWER_HHI,
                OFFSHORE_POWER_SHARE, INTEGRATED_POWER_SHARE);
    }

    /**
     * Binds the columns and metrics.
     *
     * @param a the run being assembled
     * @return the accounts step (C14)
     */
    @Override
    public RuleStep bind(Assembly a) {
        Table stateTable = a.table(Tables.STATES);
        Table firms = a.table(Tables.FIRMS);
        int states = stateTable.size();
        double n = a.table(Tables.INDIVIDUALS).size();
        double weight = a.parameters().getDouble("integration_weight");
        long[] firmEmployees = firms.longs(People.EMPLOYEES);
        boolean[] integrating = firms.booleans(People.INTEGRATING);
        int[] firstFirm = stateTable.ints(People.FIRST_FIRM);
        int[] firmCount = stateTable.ints(People.FIRM_COUNT);
        long[] seekers = stateTable.longs(People.SEEKERS);
        long[] crowd = stateTable.longs(People.CROWD_WORKERS);
        long[] cloudResidents = stateTable.longs(People.CLOUD_RESIDENTS);
        double[] taxRevenue = stateTable.doubles(People.TAX_REVENUE);
        double[] gdp = stateTable.doubles(People.GDP);
        double[] cloudAssets = stateTable.doubles(People.CLOUD_ASSETS);
        int[] policy = stateTable.ints(People.POLICY);
        long[] emp = stateTable.longs(People.EMPLOYEES);
        long[] integratingEmp = stateTable.longs(People.INTEGRATING_EMPLOYEES);
        long[] pop = stateTable.longs(People.POPULATION);
        double[] power = stateTable.doubles(People.POWER);
        for (int g = 0; g < 4; g++) {
            final int group = g;
            a.metric(POP[g], () -> groupPop(policy, pop, group) / n);
            a.metric(TAX[g], () -> {
                long people = groupPop(policy, pop, group);
                return people == 0 ? 0 : groupSum(policy, taxRevenue, null, group) / people;
            });
            a.metric(CLOUD[g], () -> {
                long people = groupPop(policy, pop, group);
                return people == 0 ? 0 : (double) groupPop(policy, cloudResidents, group) / people;
            });
            a.metric(BASE[g], () -> {
                long people = groupPop(policy, pop, group);
                return people == 0 ? 0 : groupSum(policy, gdp, cloudAssets, group) / people;
            });
        }
        a.metric(TAX_PER_CAPITA, () -> sum(taxRevenue) / n);
        a.metric(POWER_GINI, () -> Inequality.gini(power));
        a.metric(POWER_HHI, () -> Inequality.hhi(power));
        a.metric(OFFSHORE_POWER_SHARE, () -> {
            double total = sum(power);
            return total > 0 ? groupSum(policy, power, null, Policy.OFFSHORE.ordinal()) / total : 0;
        });
        a.metric(INTEGRATED_POWER_SHARE, () -> {
            double total = sum(power);
            return total > 0 ? weight * sum(cloudAssets) / total : 0;
        });
        return context -> {
            for (int s = 0; s < states; s++) {
                // an employee's firm is always in the employee's state of residence (C0, C8, C12; a
                // mover leaves the job, C10), so employment by state is the sum over its firms
                long employed = 0;
                long atIntegrating = 0;
                for (int f = firstFirm[s]; f < firstFirm[s] + firmCount[s]; f++) {
                    long k = firmEmployees[f];
                    employed += k;
                    atIntegrating += integrating[f] ? k : 0;
                }
                emp[s] = employed;
                integratingEmp[s] = atIntegrating;
                // every resident is in exactly one of the four labour states, so no count of its own
                pop[s] = emp[s] + seekers[s] + crowd[s] + cloudResidents[s];
                power[s] = gdp[s] + weight * cloudAssets[s];
            }
        };
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static long groupPop(int[] policy, long[] values, int group) {
        long total = 0;
        for (int s = 0; s < policy.length; s++) {
            total += policy[s] == group ? values[s] : 0;
        }
        return total;
    }

    /** Sum over the states of a policy group of {@code a[s]} (plus {@code b[s]}), in state order. */
    private static double groupSum(int[] policy, double[] a, double[] b, int group) {
        double total = 0;
        for (int s = 0; s < policy.length; s++) {
            if (policy[s] == group) {
                total += b == null ? a[s] : a[s] + b[s];
            }
        }
        return total;
    }
}
