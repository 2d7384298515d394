package org.cloudnations.sim.model.governance;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.rule.RuleSet;

/**
 * The governance, commons and culture model (seed 002, rows 2.1 to 2.9) as a rule set, in tick
 * order: {@link GovernanceStates} and {@link GovernanceIndividuals} (G0, initial conditions);
 * {@link InstitutionDiffusion} (G9), {@link DisasterRiskPool} (G7) and {@link TimeLimitedProperty}
 * (G3) among institutions; one pass over individuals of {@link Incomes} (G4, contributions of G2),
 * {@link Recommender} (G6), {@link CultureWithReserves} (G5) and {@link WeightedVote} (G1); then
 * {@link FloatingWeights} (G2) and {@link IncomeMobility} (G8). docs/model.md, section "Governance,
 * commons and culture", gives every rule as equations (G0) to (G9).
 */
public final class GovernanceModel {
    /** The model's name. */
    public static final String NAME = "governance";

    /** The rule set; the switches of rows 2.3 to 2.7 are off by default. */
    public static final RuleSet RULES = RuleSet.of(NAME,
            List.of(new GovernanceStates(), new GovernanceIndividuals(), new InstitutionDiffusion(),
                    new DisasterRiskPool(), new TimeLimitedProperty(), new Incomes(), new Recommender(),
                    new CultureWithReserves(), new WeightedVote(), new FloatingWeights(), new IncomeMobility()),
            List.of("weight_hhi", "non_state_weight_share", "contributor_weight_share", "decision_quality",
                    "participation", "idle_capital_share", "property_hhi", "credit_gini", "income_gini",
                    "attention_hhi", "cultural_diversity", "mainstream_share", "poorest_loss", "mean_loss",
                    "pool_fund", "recovery_time", "upward_mobility", "mean_income", "adoption_share"),
            List.of("non_state_weight_share", "cultural_diversity", "adoption_share", "poorest_loss"));

    /** Every parameter, with its defaults. */
    public static final ParameterRegistry PARAMETERS = RULES.parameters();

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = RULES.metrics();

    private GovernanceModel() {
    }
}
