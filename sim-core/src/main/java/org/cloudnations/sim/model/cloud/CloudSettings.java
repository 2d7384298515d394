package org.cloudnations.sim.model.cloud;

import org.cloudnations.sim.param.Parameters;

/**
 * The cloud-communities model's parameters as typed values; see {@code CloudParameters} and
 * docs/model.md for symbols, ranges and units.

 * @param individuals parameter {@code individuals}
 * @param states parameter {@code states}
 * @param firms parameter {@code firms}
 * @param communities parameter {@code communities}
 * @param capabilityTypes parameter {@code capability_types}
 * @param stateSizeExponent parameter {@code state_size_exponent}
 * @param capitalShare parameter {@code capital_share}
 * @param capitalPremium parameter {@code capital_premium}
 * @param digitalAccess parameter {@code digital_access}
 * @param skillSigma parameter {@code skill_sigma}
 * @param loyaltyMean parameter {@code loyalty_mean}
 * @param exitCost parameter {@code exit_cost}
 * @param migrationCost parameter {@code migration_cost}
 * @param choiceIntensity parameter {@code choice_intensity}
 * @param revisionRate parameter {@code revision_rate}
 * @param searchRevisionRate parameter {@code search_revision_rate}
 * @param productivitySigma parameter {@code productivity_sigma}
 * @param taxRate parameter {@code tax_rate}
 * @param cloudTaxRate parameter {@code cloud_tax_rate}
 * @param squeezeTaxRate parameter {@code squeeze_tax_rate}
 * @param squeezeExitCost parameter {@code squeeze_exit_cost}
 * @param offshoreFee parameter {@code offshore_fee}
 * @param leagueDiscount parameter {@code league_discount}
 * @param communityProductivity parameter {@code community_productivity}
 * @param networkExponent parameter {@code network_exponent}
 * @param automationRate parameter {@code automation_rate}
 * @param jobFindingRate parameter {@code job_finding_rate}
 * @param unemploymentBenefit parameter {@code unemployment_benefit}
 * @param commonsAdoption parameter {@code commons_adoption}
 * @param commonsGain parameter {@code commons_gain}
 * @param commonsHalf parameter {@code commons_half}
 * @param commonsDepreciation parameter {@code commons_depreciation}
 * @param contributionShare parameter {@code contribution_share}
 * @param crowdRate parameter {@code crowd_rate}
 * @param topSkill parameter {@code top_skill}
 * @param topHireRate parameter {@code top_hire_rate}
 * @param topWagePremium parameter {@code top_wage_premium}
 * @param machineShare parameter {@code machine_share}
 * @param machineOutput parameter {@code machine_output}
 * @param rarityExponent parameter {@code rarity_exponent}
 * @param voiceResponse parameter {@code voice_response}
 * @param taxReversion parameter {@code tax_reversion}
 * @param policyMix parameter {@code policy_mix}
 * @param policyPeriod parameter {@code policy_period}
 * @param policyMutation parameter {@code policy_mutation}
 * @param integrationWeight parameter {@code integration_weight}
 * @param crisisRate parameter {@code crisis_rate}
 * @param crisisLength parameter {@code crisis_length}
 * @param crisisDepth parameter {@code crisis_depth}
 * @param cloudExposure parameter {@code cloud_exposure}
 * @param eliteTransfer parameter {@code elite_transfer}
 * @param savingRate parameter {@code saving_rate}
 */
public record CloudSettings(int individuals,
        int states,
        int firms,
        int communities,
        int capabilityTypes,
        double stateSizeExponent,
        double capitalShare,
        double capitalPremium,
        double digitalAccess,
        double skillSigma,
        double loyaltyMean,
        double exitCost,
        double migrationCost,
        double choiceIntensity,
        double revisionRate,
        double searchRevisionRate,
        double productivitySigma,
        double taxRate,
        double cloudTaxRate,
        double squeezeTaxRate,
        double squeezeExitCost,
        double offshoreFee,
        double leagueDiscount,
        double communityProductivity,
        double networkExponent,
        double automationRate,
        double jobFindingRate,
        double unemploymentBenefit,
        double commonsAdoption,
        double commonsGain,
        double commonsHalf,
        double commonsDepreciation,
        double contributionShare,
        double crowdRate,
        double topSkill,
        double topHireRate,
        double topWagePremium,
        double machineShare,
        double machineOutput,
        double rarityExponent,
        double voiceResponse,
        double taxReversion,
        String policyMix,
        int policyPeriod,
        double policyMutation,
        double integrationWeight,
        double crisisRate,
        int crisisLength,
        double crisisDepth,
        double cloudExposure,
        double eliteTransfer,
        double savingRate) {

    /**
     * @param p validated parameters of the cloud model
     * @return the typed view
     */
    public static CloudSettings from(Parameters p) {
        return new CloudSettings(p.getInt("individuals"),
                p.getInt("states"),
                p.getInt("firms"),
                p.getInt("communities"),
                p.getInt("capability_types"),
                p.getDouble("state_size_exponent"),
                p.getDouble("capital_share"),
                p.getDouble("capital_premium"),
                p.getDouble("digital_access"),
                p.getDouble("skill_sigma"),
                p.getDouble("loyalty_mean"),
                p.getDouble("exit_cost"),
                p.getDouble("migration_cost"),
                p.getDouble("choice_intensity"),
                p.getDouble("revision_rate"),
                p.getDouble("search_revision_rate"),
                p.getDouble("productivity_sigma"),
                p.getDouble("tax_rate"),
                p.getDouble("cloud_tax_rate"),
                p.getDouble("squeeze_tax_rate"),
                p.getDouble("squeeze_exit_cost"),
                p.getDouble("offshore_fee"),
                p.getDouble("league_discount"),
                p.getDouble("community_productivity"),
                p.getDouble("network_exponent"),
                p.getDouble("automation_rate"),
                p.getDouble("job_finding_rate"),
                p.getDouble("unemployment_benefit"),
                p.getDouble("commons_adoption"),
                p.getDouble("commons_gain"),
                p.getDouble("commons_half"),
                p.getDouble("commons_depreciation"),
                p.getDouble("contribution_share"),
                p.getDouble("crowd_rate"),
                p.getDouble("top_skill"),
                p.getDouble("top_hire_rate"),
                p.getDouble("top_wage_premium"),
                p.getDouble("machine_share"),
                p.getDouble("machine_output"),
                p.getDouble("rarity_exponent"),
                p.getDouble("voice_response"),
                p.getDouble("tax_reversion"),
                p.getChoice("policy_mix"),
                p.getInt("policy_period"),
                p.getDouble("policy_mutation"),
                p.getDouble("integration_weight"),
                p.getDouble("crisis_rate"),
                p.getInt("crisis_length"),
                p.getDouble("crisis_depth"),
                p.getDouble("cloud_exposure"),
                p.getDouble("elite_transfer"),
                p.getDouble("saving_rate"));
    }
}
