package org.cloudnations.sim.model.ai;

import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Parameters;

/**
 * The AI-economy model's parameters as typed values; see {@link AiParameters} and docs/model.md
 * (section "AI economy") for symbols, ranges and units.
 *
 * @param individuals parameter {@code individuals}
 * @param states parameter {@code states}
 * @param firms parameter {@code firms}
 * @param platforms parameter {@code platforms}
 * @param stateSizeExponent parameter {@code state_size_exponent}
 * @param firmSizeExponent parameter {@code firm_size_exponent}
 * @param productivitySigma parameter {@code productivity_sigma}
 * @param skillSigma parameter {@code skill_sigma}
 * @param eliteSkill parameter {@code elite_skill}
 * @param initialUnemployment parameter {@code initial_unemployment}
 * @param automationReach parameter {@code automation_reach}
 * @param newTaskRate parameter {@code new_task_rate}
 * @param physicalShare parameter {@code physical_share}
 * @param capitalIntensity parameter {@code capital_intensity}
 * @param supervision parameter {@code supervision}
 * @param elitePremium parameter {@code elite_premium}
 * @param racingTeams parameter {@code racing_teams}
 * @param teamOwner parameter {@code team_owner}
 * @param openLabs parameter {@code open_labs}
 * @param initialCapability parameter {@code initial_capability}
 * @param capabilityDispersion parameter {@code capability_dispersion}
 * @param aiGrowth parameter {@code ai_growth}
 * @param returnsExponent parameter {@code returns_exponent}
 * @param spillover parameter {@code spillover}
 * @param decoupling parameter {@code decoupling}
 * @param enmity parameter {@code enmity}
 * @param capabilityInfo parameter {@code capability_info}
 * @param baseRisk parameter {@code base_risk}
 * @param speedGain parameter {@code speed_gain}
 * @param disasterRate parameter {@code disaster_rate}
 * @param disasterDamage parameter {@code disaster_damage}
 * @param allianceGovernance parameter {@code alliance_governance}
 * @param dataReturns parameter {@code data_returns}
 * @param openModels parameter {@code open_models}
 * @param openInitial parameter {@code open_initial}
 * @param openGrowth parameter {@code open_growth}
 * @param contributorHalf parameter {@code contributor_half}
 * @param licenceFee parameter {@code licence_fee}
 * @param toolFee parameter {@code tool_fee}
 * @param publicCompute parameter {@code public_compute}
 * @param publicShare parameter {@code public_share}
 * @param dataDividend parameter {@code data_dividend}
 * @param revisionRate parameter {@code revision_rate}
 * @param choiceIntensity parameter {@code choice_intensity}
 * @param switchCost parameter {@code switch_cost}
 * @param matchingRate parameter {@code matching_rate}
 * @param unemploymentBenefit parameter {@code unemployment_benefit}
 * @param gigRate parameter {@code gig_rate}
 * @param gigAssist parameter {@code gig_assist}
 * @param crowdRate parameter {@code crowd_rate}
 * @param freelanceRate parameter {@code freelance_rate}
 * @param freelanceTools parameter {@code freelance_tools}
 * @param communityRate parameter {@code community_rate}
 * @param platformCut parameter {@code platform_cut}
 * @param enclosure parameter {@code enclosure}
 * @param taxRate parameter {@code tax_rate}
 * @param capitalTaxRate parameter {@code capital_tax_rate}
 * @param wageConsumption parameter {@code wage_consumption}
 * @param capitalConsumption parameter {@code capital_consumption}
 * @param crisisThreshold parameter {@code crisis_threshold}
 * @param crisisLength parameter {@code crisis_length}
 * @param crisisDepth parameter {@code crisis_depth}
 */
record AiSettings(
        int individuals,
        int states,
        int firms,
        int platforms,
        double stateSizeExponent,
        double firmSizeExponent,
        double productivitySigma,
        double skillSigma,
        double eliteSkill,
        double initialUnemployment,
        double automationReach,
        double newTaskRate,
        double physicalShare,
        double capitalIntensity,
        double supervision,
        double elitePremium,
        int racingTeams,
        String teamOwner,
        int openLabs,
        double initialCapability,
        double capabilityDispersion,
        double aiGrowth,
        double returnsExponent,
        double spillover,
        boolean decoupling,
        double enmity,
        double capabilityInfo,
        double baseRisk,
        double speedGain,
        double disasterRate,
        double disasterDamage,
        boolean allianceGovernance,
        double dataReturns,
        boolean openModels,
        double openInitial,
        double openGrowth,
        double contributorHalf,
        double licenceFee,
        double toolFee,
        boolean publicCompute,
        double publicShare,
        double dataDividend,
        double revisionRate,
        double choiceIntensity,
        double switchCost,
        double matchingRate,
        double unemploymentBenefit,
        double gigRate,
        double gigAssist,
        double crowdRate,
        double freelanceRate,
        double freelanceTools,
        double communityRate,
        double platformCut,
        double enclosure,
        double taxRate,
        double capitalTaxRate,
        double wageConsumption,
        double capitalConsumption,
        double crisisThreshold,
        int crisisLength,
        double crisisDepth) {

    /**
     * @param p validated parameters of {@link AiParameters#REGISTRY}
     * @return the typed settings
     * @throws ConfigurationException when values are valid one by one but not together
     */
    static AiSettings from(Parameters p) {
        AiSettings s = new AiSettings(
                p.getInt("individuals"),
                p.getInt("states"),
                p.getInt("firms"),
                p.getInt("platforms"),
                p.getDouble("state_size_exponent"),
                p.getDouble("firm_size_exponent"),
                p.getDouble("productivity_sigma"),
                p.getDouble("skill_sigma"),
                p.getDouble("elite_skill"),
                p.getDouble("initial_unemployment"),
                p.getDouble("automation_reach"),
                p.getDouble("new_task_rate"),
                p.getDouble("physical_share"),
                p.getDouble("capital_intensity"),
                p.getDouble("supervision"),
                p.getDouble("elite_premium"),
                p.getInt("racing_teams"),
                p.getChoice("team_owner"),
                p.getInt("open_labs"),
                p.getDouble("initial_capability"),
                p.getDouble("capability_dispersion"),
                p.getDouble("ai_growth"),
                p.getDouble("returns_exponent"),
                p.getDouble("spillover"),
                p.getBoolean("decoupling"),
                p.getDouble("enmity"),
                p.getDouble("capability_info"),
                p.getDouble("base_risk"),
                p.getDouble("speed_gain"),
                p.getDouble("disaster_rate"),
                p.getDouble("disaster_damage"),
                p.getBoolean("alliance_governance"),
                p.getDouble("data_returns"),
                p.getBoolean("open_models"),
                p.getDouble("open_initial"),
                p.getDouble("open_growth"),
                p.getDouble("contributor_half"),
                p.getDouble("licence_fee"),
                p.getDouble("tool_fee"),
                p.getBoolean("public_compute"),
                p.getDouble("public_share"),
                p.getDouble("data_dividend"),
                p.getDouble("revision_rate"),
                p.getDouble("choice_intensity"),
                p.getDouble("switch_cost"),
                p.getDouble("matching_rate"),
                p.getDouble("unemployment_benefit"),
                p.getDouble("gig_rate"),
                p.getDouble("gig_assist"),
                p.getDouble("crowd_rate"),
                p.getDouble("freelance_rate"),
                p.getDouble("freelance_tools"),
                p.getDouble("community_rate"),
                p.getDouble("platform_cut"),
                p.getDouble("enclosure"),
                p.getDouble("tax_rate"),
                p.getDouble("capital_tax_rate"),
                p.getDouble("wage_consumption"),
                p.getDouble("capital_consumption"),
                p.getDouble("crisis_threshold"),
                p.getInt("crisis_length"),
                p.getDouble("crisis_depth"));
        if (s.firms < s.states) {
            throw new ConfigurationException("firms = " + s.firms + " is below states = " + s.states
                    + ": every state needs a firm (allowed: firms >= states)");
        }
        if (s.platforms > s.firms) {
            throw new ConfigurationException("platforms = " + s.platforms + " exceeds firms = " + s.firms
                    + " (allowed: 0 <= platforms <= firms)");
        }
        if (s.racingTeams > s.firms) {
            throw new ConfigurationException("racing_teams = " + s.racingTeams + " exceeds firms = " + s.firms
                    + " (allowed: 1 <= racing_teams <= firms)");
        }
        if (s.openLabs > s.racingTeams) {
            throw new ConfigurationException("open_labs = " + s.openLabs + " exceeds racing_teams = "
                    + s.racingTeams + " (allowed: 0 <= open_labs <= racing_teams)");
        }
        return s;
    }

    /** @return whether team j's owner is a firm (else a state) */
    boolean firmsOwnTeams() {
        return "firms".equals(teamOwner);
    }
}
