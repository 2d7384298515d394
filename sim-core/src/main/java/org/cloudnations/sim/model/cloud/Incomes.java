package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.CAPITAL_PREMIUM;
import static org.cloudnations.sim.model.cloud.CloudParameters.CROWD_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.OFFSHORE_FEE;
import static org.cloudnations.sim.model.cloud.CloudParameters.SAVING_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.TOP_WAGE_PREMIUM;
import static org.cloudnations.sim.model.cloud.CloudParameters.UNEMPLOYMENT_BENEFIT;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;

/**
 * (C14) Incomes, taxes, wealth and the output tallies (pass over individuals, after
 * {@link EResidency}): an employee earns {@code Pi_i A_s chi h_i (1 + X_f g_s)} (times the top
 * wage premium for a hired top contributor), a job seeker the benefit {@code b A_s chi}, a crowd
 * worker {@code psi D_X d_i h_i chi}, all taxed at {@code tau_s} by the state of residence; a
 * community member earns {@code d_i h_i phi_c chi_C}, taxed by its state of residence at the
 * cloud tax or, for an e-resident, by the OFFSHORE state at the fee; members of the elite
 * community receive the elite transfer. Wealth grows by the saved share of income. The pass's
 * tallies are stored in columns in {@code IncomePass.finish}; the metrics of incomes, employment
 * and community sizes are computed from them.
 *
 * <p>See {@code IncomePass} for the columns it reads and writes.
 */
public final class Incomes implements Rule {
    static final MetricSpec CLOUD_SHARE = MetricSpec.share("cloud_share",
            "fraction of individuals in cloud communities");
    static final MetricSpec CROWD_SHARE = MetricSpec.share("crowd_share", "fraction of individuals in crowd work");
    static final MetricSpec UNEMPLOYMENT = MetricSpec.share("unemployment",
            "job seekers over employees plus job seekers");
    static final MetricSpec CLOUD_SKILL_RATIO = new MetricSpec("cloud_skill_ratio", "1",
            "mean skill of community members over mean skill (0 when none)");
    static final MetricSpec MEAN_INCOME = new MetricSpec("mean_income", "income", "mean net income per individual");
    static final MetricSpec INCOME_GINI = MetricSpec.index("income_gini",
            "Gini coefficient of net income (log-binned)");
    static final MetricSpec WEALTH_GINI = MetricSpec.index("wealth_gini", "Gini coefficient of wealth (log-binned)");
    static final MetricSpec LARGEST_COMMUNITY_SHARE = new MetricSpec("largest_community_share", "1",
            "share of members in the largest community");
    static final MetricSpec OFFSHORE_FEES = new MetricSpec("offshore_fees", "income",
            "fees paid by e-residents to OFFSHORE states, per individual");
    static final MetricSpec ELITE_INCOME_RATIO = new MetricSpec("elite_income_ratio", "1",
            "mean income of members of the most influential community over mean income (0 if none)");

    @Override
    public String name() {
        return "cloud-incomes";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(UNEMPLOYMENT_BENEFIT, CROWD_RATE, CAPITAL_PREMIUM, TOP_WAGE_PREMIUM, OFFSHORE_FEE,
                SAVING_RATE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CLOUD_SHARE, CROWD_SHARE, UNEMPLOYMENT, CLOUD_SKILL_RATIO, MEAN_INCOME, INCOME_GINI,
                WEALTH_GINI, LARGEST_COMMUNITY_SHARE, OFFSHORE_FEES, ELITE_INCOME_RATIO);
    }

    /**
     * Binds the columns and tallies.
     *
     * @param a the run being assembled
     * @return the pass (C14)
     */
    @Override
    public RuleStep bind(Assembly a) {
        return new IncomePass(a);
    }
}
