package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.FIVE_PERCENT;
import static org.cloudnations.sim.scenarios.Replicates.SHARE_POINT;
import static org.cloudnations.sim.scenarios.Replicates.arm;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;
import static org.cloudnations.sim.scenarios.Replicates.assertLargerByShare;
import static org.cloudnations.sim.scenarios.Replicates.meanOf;
import static org.cloudnations.sim.scenarios.Replicates.meanOfLast;
import static org.cloudnations.sim.scenarios.Replicates.with;

import java.util.Map;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.stats.PairedShift;
import org.junit.jupiter.api.Test;

/**
 * Claims on the integrated world: consequences that run through two or more rules, each with its
 * causal chain in docs/model.md ("Claims and mechanism checks") and its robustness figure
 * ({@link RobustnessFigure}). Each runs 20 paired seeds (3000 individuals, 60 firms,
 * {@value #TICKS} ticks, {@value #RACE_TICKS} for the race; {@link Replicates}: a two-sided
 * signed-rank test on the per-seed differences with zeros dropped at p &lt; 0.01 and a
 * Hodges-Lehmann shift above the smallest effect that matters, with its 95% interval above 0).
 */
class WorldClaimsTest {
    private static final int TICKS = 80;
    /** Claim (d) needs the race to run longer before the leaders pull away. */
    private static final int RACE_TICKS = 120;

    /**
     * Claim ai-growth-exit. Causal chain: {@code ai_growth} -> capability growth (A4, {@code AiRace})
     * -> firms' automation frontier and displacement rates (W1, {@code FirmAccess}) -> the displaced
     * choose among labour forms and exit into communities (W3, {@code WorldChoice}) ->
     * {@code cloud_share}, {@code exits_displaced}: faster AI growth raises the share in cloud
     * communities while displacement runs (ticks 1 to 40), and the exits of the displaced show the
     * channel. (Later, machine communities and AI tools for freelancers pull the share back down:
     * docs/scenarios/ai-exodus.md.)
     */
    @Test
    @RobustnessFigure(value = "claim-ai-growth-exit", scenario = "ai-exodus", varies = "ai_growth",
            metrics = {"cloud_share", "exits_displaced"})
    void claimFasterAiGrowthRaisesExitIntoCommunitiesThroughDisplacement() {
        Map<String, String> fast = Map.of("ai_growth", "0.05");
        Map<String, String> slow = Map.of("ai_growth", "0.01");
        assertLarger("ai-growth-exit: faster AI growth raises the cloud share (mean of ticks 1 to 40)",
                arm(World.AI_EXODUS, fast, TICKS, s -> meanOf(s, "cloud_share", 1, 41)),
                arm(World.AI_EXODUS, slow, TICKS, s -> meanOf(s, "cloud_share", 1, 41)), SHARE_POINT / 2);
        assertLargerByShare("ai-growth-exit: ... through displacement: more exits of displaced individuals",
                arm(World.AI_EXODUS, fast, TICKS, s -> Replicates.total(s, "exits_displaced")),
                arm(World.AI_EXODUS, slow, TICKS, s -> Replicates.total(s, "exits_displaced")), FIVE_PERCENT);
    }

    /**
     * Claim open-model-cloud-share. Causal chain: {@code open_models}, {@code public_compute} -> the
     * open and public models (A1, {@code TeamEndowment}; A5, A6, {@code OpenModels}) built by the
     * contributors chosen in (W3, {@code WorldChoice}) -> communities' productivity (W4,
     * {@code WorldAccounts}) -> the choice (W3) -> {@code community_productivity},
     * {@code cloud_share}: a strong open community model against closed models only (no open model,
     * no public model). Both arms hold machine communities off, so that the comparison isolates the
     * open model's own channel; with them on, the open model's agents flood the communities'
     * capability markets (claim machine-communities-rarity) and the cloud share falls after about
     * 50 ticks: docs/scenarios/open-ai-commons.md.
     */
    @Test
    @RobustnessFigure(value = "claim-open-model-cloud-share", scenario = "open-ai-commons",
            varies = {"open_models", "public_compute"}, metrics = {"community_productivity", "cloud_share"})
    void claimAStrongOpenModelRaisesCommunityProductivityAndTheCloudShare() {
        Map<String, String> open = Map.of("machine_communities", "false");
        Map<String, String> closed = with(open, "open_models", "false", "public_compute", "false");
        assertLargerByShare("open-model-cloud-share: a strong open model raises the communities' productivity",
                arm(World.OPEN_AI_COMMONS, open, TICKS, s -> meanOfLast(s, "community_productivity", 20)),
                arm(World.OPEN_AI_COMMONS, closed, TICKS, s -> meanOfLast(s, "community_productivity", 20)),
                FIVE_PERCENT);
        assertLarger("open-model-cloud-share: a strong open model raises the cloud share",
                arm(World.OPEN_AI_COMMONS, open, TICKS, s -> meanOfLast(s, "cloud_share", 20)),
                arm(World.OPEN_AI_COMMONS, closed, TICKS, s -> meanOfLast(s, "cloud_share", 20)), SHARE_POINT / 2);
    }

    /**
     * Claim machine-communities-rarity. Causal chain: capability growth (A4, {@code AiRace}) -> the
     * AI agents' supply and machine communities (W2, {@code AgentSupply}, switched by
     * {@code machine_communities}) -> supply of each capability type and the communities' prices
     * (W4, {@code WorldAccounts}) -> {@code machine_agents}, {@code rarity_premium}: machine
     * communities grow with AI capability and lower the price premium of human communities of the
     * same capability type.
     */
    @Test
    @RobustnessFigure(value = "claim-machine-communities-rarity", scenario = "world",
            varies = {"ai_growth", "machine_communities"}, metrics = {"machine_agents", "rarity_premium"})
    void claimMachineCommunitiesGrowWithCapabilityAndLowerTheRarityPremium() {
        assertLargerByShare("machine-communities-rarity: machine agents grow with AI capability",
                arm(World.WORLD, Map.of("ai_growth", "0.04"), TICKS, s -> meanOfLast(s, "machine_agents", 20)),
                arm(World.WORLD, Map.of("ai_growth", "0.01"), TICKS, s -> meanOfLast(s, "machine_agents", 20)),
                FIVE_PERCENT);
        Map<String, String> fast = Map.of("ai_growth", "0.04");
        assertLarger("machine-communities-rarity: machine communities lower the rarity premium of human communities",
                arm(World.WORLD, with(fast, "machine_communities", "false"), TICKS,
                        s -> meanOfLast(s, "rarity_premium", 20)),
                arm(World.WORLD, fast, TICKS, s -> meanOfLast(s, "rarity_premium", 20)), SHARE_POINT);
    }

    /**
     * Claim race-power-concentration. Causal chain: {@code returns_exponent} -> capability growth
     * with increasing returns (A4, {@code AiRace}) -> home capability, firms' automation and output
     * by state (W1, {@code FirmAccess}; W4, {@code WorldAccounts}), with policies imitated (C2,
     * {@code PolicyImitation}) -> the power composite -> {@code power_hhi}: power concentrates among
     * states. Also prints the report of whether LEAGUE or SQUEEZE states fare better (output per
     * resident, ticks where both policies are held; a report, not a claim: claim league-vs-squeeze is
     * {@code CloudClaimsTest}'s). The same exponent in the AI economy alone is a mechanism check
     * ({@code AiMechanismTest}).
     */
    @Test
    @RobustnessFigure(value = "claim-race-power-concentration", scenario = "race-and-league",
            varies = "returns_exponent", metrics = "power_hhi")
    void claimAnAiRaceWithIncreasingReturnsConcentratesPower() {
        assertLarger("race-power-concentration: increasing returns concentrate power among states (power_hhi, last 20 ticks)",
                arm(World.RACE_AND_LEAGUE, Map.of(), RACE_TICKS, s -> meanOfLast(s, "power_hhi", 20)),
                arm(World.RACE_AND_LEAGUE, Map.of("returns_exponent", "1.0"), RACE_TICKS,
                        s -> meanOfLast(s, "power_hhi", 20)), SHARE_POINT / 2);
        double[][] groups = Replicates.within(World.RACE_AND_LEAGUE, Map.of(), RACE_TICKS,
                s -> meanWhereBoth(s, "income_league"), s -> meanWhereBoth(s, "income_squeeze"));
        PairedShift leagueMinusSqueeze = PairedShift.of(groups[0], groups[1]);
        System.out.println("report | LEAGUE minus SQUEEZE output per resident | " + leagueMinusSqueeze
                + " | " + (leagueMinusSqueeze.shift().estimate() > 0 ? "LEAGUE states fare better"
                        : "SQUEEZE states fare better"));
    }

    /** The mean of a metric over the ticks where some state holds LEAGUE and some SQUEEZE. */
    private static double meanWhereBoth(MetricSeries s, String metric) {
        double[] value = s.column(metric);
        double[] league = s.column("share_league");
        double[] squeeze = s.column("share_squeeze");
        double sum = 0;
        int n = 0;
        for (int t = 0; t < value.length; t++) {
            if (league[t] > 0 && squeeze[t] > 0) {
                sum += value[t];
                n++;
            }
        }
        return n == 0 ? 0.0 : sum / n;
    }
}
