package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.GovernanceClaimsTest.small;
import static org.cloudnations.sim.scenarios.Replicates.SHARE_POINT;
import static org.cloudnations.sim.scenarios.Replicates.armOnDefaults;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;

import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Mechanism checks of the governance model (seed 002, shared/MECHANISMS.md rows 2.1 and 2.2): one
 * rule responds to its own parameter in the direction docs/model.md documents. They show that a
 * mechanism is wired, not a finding: the claims are in {@link GovernanceClaimsTest}. Same
 * statistics: 20 replicates per arm (seeds 1 to 20, 2000 individuals, paired by seed), a Wilcoxon
 * signed-rank test, zeros dropped, at p &lt; 0.01 and a Hodges-Lehmann shift above the smallest
 * effect that matters ({@link Replicates}).
 */
class GovernanceMechanismTest {
    /**
     * Mechanism check (rows 2.1, 2.2): the floating weights (G2, {@code FloatingWeights}) respond to
     * {@code weighting}: contribution weighting moves weight to contributors and non-state units.
     */
    @Test
    void mechanismContributionWeightingShiftsWeightTowardsContributors() {
        Scenario s = Governance.MULTI_LEVEL_GOVERNANCE;
        assertLarger("2.2 contribution-weighted governance gives contributors more weight",
                armOnDefaults(s, small(), 60, m -> m.last("contributor_weight_share")),
                armOnDefaults(s, small("weighting", "identity"), 60, m -> m.last("contributor_weight_share")),
                SHARE_POINT);
        assertLarger("2.1 non-state units gain weight under contribution weighting",
                armOnDefaults(s, small(), 60, m -> m.last("non_state_weight_share")),
                armOnDefaults(s, small("weighting", "identity"), 60, m -> m.last("non_state_weight_share")),
                SHARE_POINT);
    }
}
