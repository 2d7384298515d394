package org.cloudnations.sim.model.governance;

import org.cloudnations.sim.param.Parameters;

/**
 * The governance model's parameters as typed values (see {@link GovernanceModel#PARAMETERS}).
 *
 * @param individuals parameter individuals
 * @param states parameter states
 * @param stateSizeExponent parameter state_size_exponent
 * @param citiesPerState parameter cities_per_state
 * @param communities parameter communities
 * @param daos parameter daos
 * @param cloudShare parameter cloud_share
 * @param daoShare parameter dao_share
 * @param skillSigma parameter skill_sigma
 * @param productivitySigma parameter productivity_sigma
 * @param weighting parameter weighting
 * @param nonStateWeight parameter non_state_weight
 * @param contributionWeight parameter contribution_weight
 * @param weightAdjustment parameter weight_adjustment
 * @param contributionRate parameter contribution_rate
 * @param peerMultiplier parameter peer_multiplier
 * @param stateContribution parameter state_contribution
 * @param benefitNoise parameter benefit_noise
 * @param timeLimitedProperty parameter time_limited_property
 * @param assets parameter assets
 * @param owners parameter owners
 * @param ownerCapacity parameter owner_capacity
 * @param assetTurnover parameter asset_turnover
 * @param propertyTerm parameter property_term
 * @param credits parameter credits
 * @param creditRate parameter credit_rate
 * @param creditRedemption parameter credit_redemption
 * @param cultureFeatures parameter culture_features
 * @param cultureTraits parameter culture_traits
 * @param cultureRate parameter culture_rate
 * @param cloudContact parameter cloud_contact
 * @param mediaInfluence parameter media_influence
 * @param reserveShare parameter reserve_share
 * @param reserveFund parameter reserve_fund
 * @param sources parameter sources
 * @param openRecommender parameter open_recommender
 * @param popularityBias parameter popularity_bias
 * @param attentionRevision parameter attention_revision
 * @param riskPool parameter risk_pool
 * @param poolTax parameter pool_tax
 * @param multinationalShare parameter multinational_share
 * @param shockRate parameter shock_rate
 * @param shockDepth parameter shock_depth
 * @param recoveryRate parameter recovery_rate
 * @param resilienceShare parameter resilience_share
 * @param resilienceProtection parameter resilience_protection
 * @param initialAdopters parameter initial_adopters
 * @param thresholdMean parameter threshold_mean
 * @param thresholdSd parameter threshold_sd
 * @param adoptionSpeed parameter adoption_speed
 */
record GovernanceSettings(
        int individuals,
        int states,
        double stateSizeExponent,
        int citiesPerState,
        int communities,
        int daos,
        double cloudShare,
        double daoShare,
        double skillSigma,
        double productivitySigma,
        String weighting,
        double nonStateWeight,
        double contributionWeight,
        double weightAdjustment,
        double contributionRate,
        double peerMultiplier,
        double stateContribution,
        double benefitNoise,
        boolean timeLimitedProperty,
        int assets,
        int owners,
        int ownerCapacity,
        double assetTurnover,
        int propertyTerm,
        boolean credits,
        double creditRate,
        double creditRedemption,
        int cultureFeatures,
        int cultureTraits,
        double cultureRate,
        double cloudContact,
        double mediaInfluence,
        double reserveShare,
        double reserveFund,
        int sources,
        boolean openRecommender,
        double popularityBias,
        double attentionRevision,
        boolean riskPool,
        double poolTax,
        double multinationalShare,
        double shockRate,
        double shockDepth,
        double recoveryRate,
        double resilienceShare,
        double resilienceProtection,
        double initialAdopters,
        double thresholdMean,
        double thresholdSd,
        double adoptionSpeed) {

    static GovernanceSettings from(Parameters p) {
        return new GovernanceSettings(
                p.getInt("individuals"),
                p.getInt("states"),
                p.getDouble("state_size_exponent"),
                p.getInt("cities_per_state"),
                p.getInt("communities"),
                p.getInt("daos"),
                p.getDouble("cloud_share"),
                p.getDouble("dao_share"),
                p.getDouble("skill_sigma"),
                p.getDouble("productivity_sigma"),
                p.getChoice("weighting"),
                p.getDouble("non_state_weight"),
                p.getDouble("contribution_weight"),
                p.getDouble("weight_adjustment"),
                p.getDouble("contribution_rate"),
                p.getDouble("peer_multiplier"),
                p.getDouble("state_contribution"),
                p.getDouble("benefit_noise"),
                p.getBoolean("time_limited_property"),
                p.getInt("assets"),
                p.getInt("owners"),
                p.getInt("owner_capacity"),
                p.getDouble("asset_turnover"),
                p.getInt("property_term"),
                p.getBoolean("credits"),
                p.getDouble("credit_rate"),
                p.getDouble("credit_redemption"),
                p.getInt("culture_features"),
                p.getInt("culture_traits"),
                p.getDouble("culture_rate"),
                p.getDouble("cloud_contact"),
                p.getDouble("media_influence"),
                p.getDouble("reserve_share"),
                p.getDouble("reserve_fund"),
                p.getInt("sources"),
                p.getBoolean("open_recommender"),
                p.getDouble("popularity_bias"),
                p.getDouble("attention_revision"),
                p.getBoolean("risk_pool"),
                p.getDouble("pool_tax"),
                p.getDouble("multinational_share"),
                p.getDouble("shock_rate"),
                p.getDouble("shock_depth"),
                p.getDouble("recovery_rate"),
                p.getDouble("resilience_share"),
                p.getDouble("resilience_protection"),
                p.getDouble("initial_adopters"),
                p.getDouble("threshold_mean"),
                p.getDouble("threshold_sd"),
                p.getDouble("adoption_speed"));
    }
}
