package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.SHARE_POINT;
import static org.cloudnations.sim.scenarios.Replicates.armOnDefaults;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Claims on the governance model (seed 002, shared/MECHANISMS.md rows 2.5, 2.7 and 2.9):
 * consequences that run through two or more rules, each with its causal chain in docs/model.md
 * ("Claims and mechanism checks") and its robustness figure ({@link RobustnessFigure}). Each is
 * checked over 20 replicates per arm (seeds 1 to 20, paired by seed) with a Wilcoxon signed-rank
 * test, zeros dropped, at p &lt; 0.01 and a Hodges-Lehmann shift whose 95% interval lies above the
 * claim's smallest effect that matters ({@link Replicates}). The check of one rule against its own
 * parameter is in {@link GovernanceMechanismTest}; Axelrod's published comparative statics in
 * {@link AxelrodPublishedModelTest}.
 */
class GovernanceClaimsTest {

    /** The scenario's defaults with 2000 individuals and the given names and values, alternating. */
    static Map<String, String> small(String... pairs) {
        return Replicates.with(new HashMap<>(Map.of("individuals", "2000")), pairs);
    }

    /** The mean of a metric over ticks 1 to the last. */
    private static double mean(MetricSeries s, String metric) {
        return Replicates.meanOf(s, metric, 1, s.column(metric).length);
    }

    /**
     * Claim risk-pool-poorest (row 2.7). Causal chain: {@code risk_pool} -> levies on last tick's
     * output and payments from the fund, poorest state first, which raise the output level of a hit
     * state (G7, {@code DisasterRiskPool}) -> output and incomes of each state (G4, {@code Incomes})
     * -> next tick's levy and fund (G7) -> {@code poorest_loss} (output gap plus levy of the poorest
     * fifth of states): the pool cuts the poorest states' losses. The same rule computes the loss and
     * pays from the fund: docs/model.md's review of such pairs says what the claim adds.
     */
    @Test
    @RobustnessFigure(value = "claim-risk-pool-poorest", scenario = "risk-pool", varies = "risk_pool",
            metrics = "poorest_loss")
    void claimTheRiskPoolReducesTheWorstOffStatesLosses() {
        Scenario s = Governance.RISK_POOL;
        assertLarger("risk-pool-poorest: the poorest states lose more without the pool",
                armOnDefaults(s, small("risk_pool", "false"), 100, m -> mean(m, "poorest_loss")),
                armOnDefaults(s, small(), 100, m -> mean(m, "poorest_loss")), SHARE_POINT);
    }

    /**
     * Claim reserves-diversity (row 2.5). Causal chain: {@code reserve_share} -> reserve members,
     * one marginal culture per city (G0, {@code GovernanceIndividuals}) -> interactions shielded in
     * the reserves, the fund ({@code reserve_fund}) spreading their cultures, against the mainstream
     * pulled by attention concentration (G6, {@code Recommender}) (G5, {@code CultureWithReserves})
     * -> {@code cultural_diversity} after 150 ticks: reserves raise cultural diversity.
     */
    @Test
    @RobustnessFigure(value = "claim-reserves-diversity", scenario = "cultural-reserves",
            varies = {"reserve_share", "reserve_fund"}, metrics = "cultural_diversity")
    void claimReservesRaiseCulturalDiversity() {
        Scenario s = Governance.CULTURAL_RESERVES;
        assertLarger("reserves-diversity: cultural reserves raise cultural diversity",
                armOnDefaults(s, small(), 150, m -> m.last("cultural_diversity")),
                armOnDefaults(s, small("reserve_share", "0", "reserve_fund", "0"), 150,
                        m -> m.last("cultural_diversity")),
                SHARE_POINT);
    }

    /**
     * Claim edge-diffusion-tipping (row 2.9). Causal chain: {@code initial_adopters} -> the smallest
     * states adopt first (G9, {@code InstitutionDiffusion}), against thresholds drawn per state (G0,
     * {@code GovernanceStates}) -> each tick a state adopts if last tick's share reaches its threshold
     * (G9), a cascade -> {@code adoption_share}: the final share is an S-shaped function of the
     * initial share (a tipping point). Adoption is irreversible, so the final share is at least the
     * initial one by rule: the claim compares the cascade's gain (final minus tick-0 share), not the
     * final share, and checks the S shape on the medians.
     */
    @Test
    @RobustnessFigure(value = "claim-edge-diffusion-tipping", scenario = "edge-diffusion",
            varies = "initial_adopters", metrics = "adoption_share")
    void claimFinalAdoptionIsAnSShapedFunctionOfInitialAdopters() {
        // thresholds ~ N(0.3, 0.1) over 200 states; the smallest states adopt first
        Scenario s = Governance.EDGE_DIFFUSION;
        double[] initial = {0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.16, 0.2};
        double[][] gain = new double[initial.length][];
        double[] median = new double[initial.length];
        for (int k = 0; k < initial.length; k++) {
            double[][] lastAndGain = Replicates.statistics(s,
                    small("individuals", "200", "initial_adopters", Double.toString(initial[k])), 60,
                    List.of(m -> m.last("adoption_share"), m -> m.last("adoption_share") - m.column("adoption_share")[0]));
            gain[k] = lastAndGain[1];
            median[k] = Replicates.median(lastAndGain[0]);
        }
        String curve = Arrays.toString(median);
        assertLarger("edge-diffusion-tipping: more initial adopters give a larger cascade (final minus initial share)",
                gain[6], gain[1], SHARE_POINT);
        int jump = 0;
        for (int k = 1; k < initial.length - 1; k++) {
            if (median[k + 1] - median[k] > median[jump + 1] - median[jump]) {
                jump = k;
            }
        }
        assertTrue(median[jump + 1] - median[jump] > 0.5,
                "a tipping threshold: one step of initial adopters adds more than half the states " + curve);
        assertTrue(median[0] < 0.15 && median[initial.length - 1] > 0.95,
                "flat at the bottom and saturated at the top: " + curve);
        assertTrue(jump > 0 && jump < initial.length - 2,
                "the steepest step is inside the range (S shape), step " + jump + ": " + curve);
        System.out.println("edge-diffusion median final adoption by initial share " + Arrays.toString(initial)
                + ": " + curve);
    }
}
