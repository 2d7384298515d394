package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.arm;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;

import java.util.Map;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The [must] claims of seed 000 (shared/MECHANISMS.md rows 0.1 to 0.8 and 0.10), each checked over
 * 20 replicates per arm (seeds 1 to 20, 3000 individuals, 80 ticks) with an exact Wilcoxon
 * signed-rank test on the paired (same-seed) differences at p &lt; 0.01, and the direction of the
 * median difference. See {@link Replicates}.
 */
class CloudClaimsTest {
    private static final Scenario CLOUD = Baseline.SCENARIO;
    private static final int TICKS = 80;

    @Test
    void row01MoreDigitalAccessGivesALargerCloudShare() {
        assertLarger("0.1 cloud share rises with digital access",
                arm(CLOUD, Map.of("digital_access", "0.7"), TICKS, s -> s.last("cloud_share")),
                arm(CLOUD, Map.of("digital_access", "0.3"), TICKS, s -> s.last("cloud_share")));
    }

    @Test
    void row01TheHighSkilledLeaveFirst() {
        double[] ratio = arm(CLOUD, Map.of(), TICKS, s -> s.last("cloud_skill_ratio"));
        double[] one = new double[ratio.length];
        java.util.Arrays.fill(one, 1.0);
        assertLarger("0.1 community members are more skilled than average", ratio, one);
    }

    @Test
    void row02HigherExitCostsGiveFewerExits() {
        assertLarger("0.2 exits fall with the cost of exit",
                arm(CLOUD, Map.of("exit_cost", "0.05"), TICKS, s -> Replicates.total(s, "exits")),
                arm(CLOUD, Map.of("exit_cost", "0.6"), TICKS, s -> Replicates.total(s, "exits")));
    }

    @Test
    void row02LoyaltyTurnsExitIntoVoice() {
        assertLarger("0.2 exits fall with loyalty",
                arm(CLOUD, Map.of("loyalty_mean", "0.1"), TICKS, s -> Replicates.total(s, "exits")),
                arm(CLOUD, Map.of("loyalty_mean", "1.0"), TICKS, s -> Replicates.total(s, "exits")));
        assertLarger("0.2 voice rises with loyalty",
                arm(CLOUD, Map.of("loyalty_mean", "1.0"), TICKS, s -> Replicates.total(s, "voice")),
                arm(CLOUD, Map.of("loyalty_mean", "0.1"), TICKS, s -> Replicates.total(s, "voice")));
    }

    @Test
    void row02SqueezeRaisesExitFromTheCloudTaxBase() {
        // the outside option matters: a heavier squeeze of cloud income lowers the cloud share
        assertLarger("0.2 exit responds to the squeeze of cloud income",
                arm(CLOUD, Map.of("policy_mix", "neutral", "policy_period", "0", "cloud_tax_rate", "0.0"), TICKS,
                        s -> s.last("cloud_share")),
                arm(CLOUD, Map.of("policy_mix", "squeeze", "policy_period", "0", "squeeze_tax_rate", "0.5"), TICKS,
                        s -> s.last("cloud_share")));
    }

    @Test
    void row03DisplacedWorkersGoToOpenCommunitiesRatherThanUnemployment() {
        Scenario s = CloudCommunities.AUTOMATION_EXODUS;
        assertLarger("0.3 automation without open communities leaves more unemployed",
                arm(s, Map.of("community_productivity", "0.0", "machine_share", "0.0", "crowd_rate", "0.0"), TICKS,
                        m -> m.last("unemployment")),
                arm(s, Map.of("machine_share", "0.0", "crowd_rate", "0.0"), TICKS, m -> m.last("unemployment")));
        assertLarger("0.3 automation pushes people into communities",
                arm(s, Map.of(), TICKS, m -> m.last("cloud_share")),
                arm(s, Map.of("automation_rate", "0.0"), TICKS, m -> m.last("cloud_share")));
    }

    @Test
    void row04FirmsThatIntegrateTheCommonsGainProductivity() {
        assertLarger("0.4 commons integration raises firm productivity",
                arm(CLOUD, Map.of("commons_adoption", "1.0"), TICKS, s -> s.last("firm_commons_use")),
                arm(CLOUD, Map.of("commons_adoption", "0.2"), TICKS, s -> s.last("firm_commons_use")));
        assertLarger("0.4 integrating firms turn contributors into crowd workers and hires",
                arm(CLOUD, Map.of("commons_adoption", "1.0"), TICKS,
                        s -> s.last("crowd_share") + Replicates.total(s, "top_hires") / 3000.0),
                arm(CLOUD, Map.of("commons_adoption", "0.0"), TICKS,
                        s -> s.last("crowd_share") + Replicates.total(s, "top_hires") / 3000.0));
    }

    @Test
    void row05MachineCommunitiesProduceWithoutHumans() {
        assertLarger("0.5 machine communities add to the commons",
                arm(CLOUD, Map.of("machine_share", "0.3"), TICKS, s -> s.last("commons_stock")),
                arm(CLOUD, Map.of("machine_share", "0.0"), TICKS, s -> s.last("commons_stock")));
    }

    @Test
    void row06OffshoreStatesGainMembersFeesAndInfluence() {
        Scenario s = CloudCommunities.OFFSHORE_HAVENS;
        // with an uncompetitive fee nobody takes e-residency: the arms differ only in that
        assertLarger("0.6 OFFSHORE states gain e-resident members",
                arm(s, Map.of(), TICKS, m -> m.last("offshore_members")),
                arm(s, Map.of("offshore_fee", "0.9"), TICKS, m -> m.last("offshore_members")));
        assertLarger("0.6 OFFSHORE states gain fees",
                arm(s, Map.of(), TICKS, m -> Replicates.total(m, "offshore_fees")),
                arm(s, Map.of("offshore_fee", "0.9"), TICKS, m -> Replicates.total(m, "offshore_fees")));
        assertLarger("0.6 OFFSHORE states gain influence (power share)",
                arm(s, Map.of(), TICKS, m -> m.last("offshore_power_share")),
                arm(s, Map.of("offshore_fee", "0.9"), TICKS, m -> m.last("offshore_power_share")));
    }

    @Test
    void row07RarerCapabilityGivesMoreInfluence() {
        assertLarger("0.7 influence grows with the rarity of a community's capability",
                arm(CLOUD, Map.of("rarity_exponent", "1.0"), TICKS, s -> s.last("rarity_influence_premium")),
                arm(CLOUD, Map.of("rarity_exponent", "0.0"), TICKS, s -> s.last("rarity_influence_premium")));
    }

    @Test
    void row08SqueezeStatesLoseMoreCloudMembersAndTaxBaseThanLeagueStates() {
        Scenario s = CloudCommunities.SQUEEZE_VS_LEAGUE;
        // both groups live in the same runs; "members" are the states' cloud workers (row 0.8)
        Map<String, String> arm = Map.of("digital_access", "0.7");
        double[][] members = Replicates.within(s, arm, TICKS, m -> m.last("cloud_league"),
                m -> m.last("cloud_squeeze"));
        assertLarger("0.8 LEAGUE states keep more cloud members per resident than SQUEEZE states",
                members[0], members[1]);
        double[][] taxBase = Replicates.within(s, arm, TICKS, m -> taxBaseGrowth(m, "league"),
                m -> taxBaseGrowth(m, "squeeze"));
        assertLarger("0.8 LEAGUE states' tax base grows more than SQUEEZE states'", taxBase[0], taxBase[1]);
    }

    @Test
    void row010IntegratedCloudAssetsCountInStatePower() {
        Scenario s = CloudCommunities.OFFSHORE_HAVENS;
        assertLarger("0.10 states that integrate cloud members gain power",
                arm(s, Map.of("integration_weight", "1.0"), TICKS, m -> m.last("offshore_power_share")),
                arm(s, Map.of("integration_weight", "0.0"), TICKS, m -> m.last("offshore_power_share")));
    }

    /** Growth of a policy group's total tax base: base per resident times residents, final over initial. */
    private static double taxBaseGrowth(MetricSeries m, String group) {
        double[] base = m.column("base_" + group);
        double[] pop = m.column("pop_" + group);
        int last = base.length - 1;
        return (base[last] * pop[last]) / (base[0] * pop[0]);
    }
}
