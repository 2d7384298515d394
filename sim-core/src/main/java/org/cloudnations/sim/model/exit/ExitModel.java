package org.cloudnations.sim.model.exit;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.rule.RuleSet;

/**
 * The exit model: individuals exit their home state's economy for cloud communities and may
 * return (rows 0.1 and 0.2 of the seed digest), as a rule set of three rules:
 * {@link ExitEndowment} (E0), {@link CommunityAttachment} (E3, E4) and {@link ExitChoice} (E1, E2,
 * E5, E6). docs/model.md, section "Exit", gives the equations.
 */
public final class ExitModel {
    /** The model's name. */
    public static final String NAME = "exit";

    /** The rule set. */
    public static final RuleSet RULES = RuleSet.of(NAME,
            List.of(new ExitEndowment(), new CommunityAttachment(), new ExitChoice()),
            List.of(), List.of("cloud_share", "cloud_income_share", "largest_community_share", "tax_gini"));

    /** Every parameter of the exit model, with its defaults. */
    public static final ParameterRegistry PARAMETERS = RULES.parameters();

    /** Every metric of the exit model, in CSV column order. */
    public static final List<MetricSpec> METRICS = RULES.metrics();

    private ExitModel() {
    }
}
