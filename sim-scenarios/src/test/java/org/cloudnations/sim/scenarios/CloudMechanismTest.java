package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.FIVE_PERCENT;
import static org.cloudnations.sim.scenarios.Replicates.SHARE_POINT;
import static org.cloudnations.sim.scenarios.Replicates.arm;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;
import static org.cloudnations.sim.scenarios.Replicates.assertLargerByShare;

import java.util.Map;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Mechanism checks of the cloud-communities model (seed 000, shared/MECHANISMS.md rows 0.1, 0.2,
 * 0.4 to 0.7 and 0.10): each shows that one rule responds to its own parameter in the direction
 * docs/model.md documents. They show that a mechanism is wired, not a finding: the claims are in
 * {@link CloudClaimsTest}. Same statistics as the claims: 20 replicates per arm (seeds 1 to 20, 3000
 * individuals, 80 ticks), a Wilcoxon signed-rank test on the paired differences, zeros dropped, at
 * p &lt; 0.01 and a Hodges-Lehmann shift above the smallest effect that matters ({@link Replicates}).
 */
class CloudMechanismTest {
    private static final Scenario CLOUD = Baseline.SCENARIO;
    private static final int TICKS = CloudClaimsTest.TICKS;

    /**
     * Mechanism check (row 0.1): the choice (C10, {@code LabourMarket}) responds to digital access
     * (drawn in C0), which scales community income: more access, a larger {@code cloud_share}.
     */
    @Test
    void mechanismMoreDigitalAccessGivesALargerCloudShare() {
        assertLarger("0.1 cloud share rises with digital access",
                arm(CLOUD, Map.of("digital_access", "0.7"), TICKS, s -> s.last("cloud_share")),
                arm(CLOUD, Map.of("digital_access", "0.3"), TICKS, s -> s.last("cloud_share")), SHARE_POINT);
    }

    /** Mechanism check (row 0.2): the choice (C10, {@code LabourMarket}) responds to its exit cost. */
    @Test
    void mechanismHigherExitCostsGiveFewerExits() {
        assertLargerByShare("0.2 exits fall with the cost of exit",
                arm(CLOUD, Map.of("exit_cost", "0.05"), TICKS, s -> Replicates.total(s, "exits")),
                arm(CLOUD, Map.of("exit_cost", "0.6"), TICKS, s -> Replicates.total(s, "exits")), FIVE_PERCENT);
    }

    /**
     * Mechanism check (row 0.2): the choice (C10) and voice (C11, both {@code LabourMarket}) respond
     * to loyalty (drawn in C0): fewer exits, more voice.
     */
    @Test
    void mechanismLoyaltyTurnsExitIntoVoice() {
        assertLargerByShare("0.2 exits fall with loyalty",
                arm(CLOUD, Map.of("loyalty_mean", "0.1"), TICKS, s -> Replicates.total(s, "exits")),
                arm(CLOUD, Map.of("loyalty_mean", "1.0"), TICKS, s -> Replicates.total(s, "exits")), FIVE_PERCENT);
        assertLargerByShare("0.2 voice rises with loyalty",
                arm(CLOUD, Map.of("loyalty_mean", "1.0"), TICKS, s -> Replicates.total(s, "voice")),
                arm(CLOUD, Map.of("loyalty_mean", "0.1"), TICKS, s -> Replicates.total(s, "voice")), FIVE_PERCENT);
    }

    /**
     * Mechanism check (row 0.2): the choice (C10) responds to the squeeze's tax on cloud income (C1,
     * {@code StateValues}): a heavier squeeze, a smaller {@code cloud_share}.
     */
    @Test
    void mechanismSqueezeRaisesExitFromTheCloudTaxBase() {
        // the outside option matters: a heavier squeeze of cloud income lowers the cloud share
        assertLarger("0.2 exit responds to the squeeze of cloud income",
                arm(CLOUD, Map.of("policy_mix", "neutral", "policy_period", "0", "cloud_tax_rate", "0.0"), TICKS,
                        s -> s.last("cloud_share")),
                arm(CLOUD, Map.of("policy_mix", "squeeze", "policy_period", "0", "squeeze_tax_rate", "0.5"), TICKS,
                        s -> s.last("cloud_share")), SHARE_POINT);
    }

    /**
     * Mechanism check (row 0.4): the commons gain (C5, {@code CommonsGain}) responds to
     * {@code commons_adoption}: {@code firm_commons_use} scales directly with the share of
     * integrating firms; and integrating firms turn contributors into crowd workers and hires (C5,
     * C12).
     */
    @Test
    void mechanismFirmsThatIntegrateTheCommonsUseIt() {
        assertLargerByShare("0.4 commons integration raises firm productivity",
                arm(CLOUD, Map.of("commons_adoption", "1.0"), TICKS, s -> s.last("firm_commons_use")),
                arm(CLOUD, Map.of("commons_adoption", "0.2"), TICKS, s -> s.last("firm_commons_use")), FIVE_PERCENT);
        assertLarger("0.4 integrating firms turn contributors into crowd workers and hires",
                arm(CLOUD, Map.of("commons_adoption", "1.0"), TICKS,
                        s -> s.last("crowd_share") + Replicates.total(s, "top_hires") / 3000.0),
                arm(CLOUD, Map.of("commons_adoption", "0.0"), TICKS,
                        s -> s.last("crowd_share") + Replicates.total(s, "top_hires") / 3000.0), SHARE_POINT);
    }

    /**
     * Mechanism check (row 0.5): the commons stock (C5, {@code CommonsAccounts}) responds to the
     * machine communities' output (C4), set by {@code machine_share}.
     */
    @Test
    void mechanismMachineCommunitiesAddToTheCommons() {
        assertLargerByShare("0.5 machine communities add to the commons",
                arm(CLOUD, Map.of("machine_share", "0.3"), TICKS, s -> s.last("commons_stock")),
                arm(CLOUD, Map.of("machine_share", "0.0"), TICKS, s -> s.last("commons_stock")), FIVE_PERCENT);
    }

    /**
     * Mechanism check (row 0.6): e-residency (C9, {@code EResidency}) responds to the OFFSHORE fee;
     * the control arm is zero by rule (a fee of 0.9 makes e-residency impossible), so this shows
     * the wiring of members, fees and influence, not a finding.
     */
    @Test
    void mechanismOffshoreStatesGainMembersFeesAndInfluence() {
        Scenario s = CloudCommunities.OFFSHORE_HAVENS;
        // with an uncompetitive fee nobody takes e-residency: the arms differ only in that
        assertLarger("0.6 OFFSHORE states gain e-resident members",
                arm(s, Map.of(), TICKS, m -> m.last("offshore_members")),
                arm(s, Map.of("offshore_fee", "0.9"), TICKS, m -> m.last("offshore_members")),
                0.01 * 3000); // one percent of the 3000 individuals
        assertLargerByShare("0.6 OFFSHORE states gain fees",
                arm(s, Map.of(), TICKS, m -> Replicates.total(m, "offshore_fees")),
                arm(s, Map.of("offshore_fee", "0.9"), TICKS, m -> Replicates.total(m, "offshore_fees")), FIVE_PERCENT);
        assertLarger("0.6 OFFSHORE states gain influence (power share)",
                arm(s, Map.of(), TICKS, m -> m.last("offshore_power_share")),
                arm(s, Map.of("offshore_fee", "0.9"), TICKS, m -> m.last("offshore_power_share")), SHARE_POINT);
    }

    /**
     * Mechanism check (row 0.7): influence (C9, {@code CommonsAccounts}) responds to
     * {@code rarity_exponent}; the premium is 1 by definition at exponent 0.
     */
    @Test
    void mechanismRarerCapabilityGivesMoreInfluence() {
        assertLarger("0.7 influence grows with the rarity of a community's capability",
                arm(CLOUD, Map.of("rarity_exponent", "1.0"), TICKS, s -> s.last("rarity_influence_premium")),
                arm(CLOUD, Map.of("rarity_exponent", "0.0"), TICKS, s -> s.last("rarity_influence_premium")),
                0.05); // a premium of 5% over the output share
    }

    /**
     * Mechanism check (row 0.10): state power (C14, {@code StatePower}) responds to
     * {@code integration_weight}, the weight of integrated cloud members in power.
     */
    @Test
    void mechanismIntegratedCloudAssetsCountInStatePower() {
        Scenario s = CloudCommunities.OFFSHORE_HAVENS;
        assertLarger("0.10 states that integrate cloud members gain power",
                arm(s, Map.of("integration_weight", "1.0"), TICKS, m -> m.last("offshore_power_share")),
                arm(s, Map.of("integration_weight", "0.0"), TICKS, m -> m.last("offshore_power_share")), SHARE_POINT);
    }
}
