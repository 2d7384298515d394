package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.AUTOMATION_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.CAPITAL_PREMIUM;
import static org.cloudnations.sim.model.cloud.CloudParameters.CHOICE_INTENSITY;
import static org.cloudnations.sim.model.cloud.CloudParameters.CROWD_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.EXIT_COST;
import static org.cloudnations.sim.model.cloud.CloudParameters.JOB_FINDING_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.LEAGUE_DISCOUNT;
import static org.cloudnations.sim.model.cloud.CloudParameters.MIGRATION_COST;
import static org.cloudnations.sim.model.cloud.CloudParameters.OFFSHORE_FEE;
import static org.cloudnations.sim.model.cloud.CloudParameters.REVISION_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.SEARCH_REVISION_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.TOP_HIRE_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.TOP_SKILL;
import static org.cloudnations.sim.model.cloud.CloudParameters.TOP_WAGE_PREMIUM;
import static org.cloudnations.sim.model.cloud.CloudParameters.UNEMPLOYMENT_BENEFIT;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.StreamUse;

/**
 * The moves of individuals on the labour market (pass over individuals, phase
 * {@code individuals}): (C7) automation displaces an employee with probability {@code alpha};
 * (C8) a job seeker is hired by a random firm of its state with probability {@code rho_J}; then an
 * individual revises with probability {@code r} ({@code r_J} for job seekers) and chooses by (C10)
 * among staying, the home labour market, a candidate community, crowd work and migration to a
 * random other state; (C11) a loyal stayer voices; (C12) a revising top contributor applies to
 * the integrating firms of its state (collects its id; {@link TopHiring} settles). One rule: the
 * draws of (C7), (C8) and (C10)-(C11) come from one stream, 22. In tick 0 nobody moves.
 *
 * <p>The value functions and choice are in {@code LabourPass}. It keeps two invariants of the tick's
 * end: a hired top contributor who is no longer employed loses the TOP flag, and a member who
 * leaves its community gives up its e-residency (C9).
 *
 * <p>Reads {@code individuals.skill, digital, loyalty}, {@code states.first_firm, firm_count} and
 * what {@code LabourPass} reads; writes {@code individuals.residence, kind, unit, flags, e_residency}
 * and {@code states.voice}.
 */
public final class LabourMarket implements Rule {
    /** Random stream of the individual phase: automation, job finding, revision and choice. */
    static final int STREAM = 22;

    static final MetricSpec EXITS = MetricSpec.nonNegative("exits", "individuals/tick",
            "moves from the home labour market to a community or crowd work");
    static final MetricSpec RETURNS = MetricSpec.nonNegative("returns", "individuals/tick",
            "moves from a community or crowd work back to the home labour market");
    static final MetricSpec VOICE = MetricSpec.nonNegative("voice", "individuals/tick",
            "loyal residents who voiced instead of leaving");
    static final MetricSpec MIGRATIONS = MetricSpec.nonNegative("migrations", "individuals/tick",
            "changes of state of residence");
    static final MetricSpec DISPLACED = MetricSpec.nonNegative("displaced", "individuals/tick",
            "employees whose job was automated away");

    @Override
    public String name() {
        return "cloud-labour-market";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AUTOMATION_RATE, JOB_FINDING_RATE, REVISION_RATE, SEARCH_REVISION_RATE, CHOICE_INTENSITY,
                EXIT_COST, MIGRATION_COST, LEAGUE_DISCOUNT, UNEMPLOYMENT_BENEFIT, CROWD_RATE, CAPITAL_PREMIUM,
                OFFSHORE_FEE, TOP_SKILL, TOP_HIRE_RATE, TOP_WAGE_PREMIUM);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(EXITS, RETURNS, VOICE, MIGRATIONS, DISPLACED);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "automation, job finding, revision, the choice and voice"));
    }

    /**
     * Binds the columns, the stream and the tallies; declares that it collects the applicants.
     *
     * @param a the run being assembled
     * @return the pass (C7, C8, C10-C12)
     */
    @Override
    public RuleStep bind(Assembly a) {
        a.collects();
        return new LabourPass(a);
    }
}
