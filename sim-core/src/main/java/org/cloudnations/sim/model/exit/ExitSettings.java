package org.cloudnations.sim.model.exit;

import org.cloudnations.sim.param.Parameters;

/**
 * The exit model's parameters as typed values (see {@link ExitModel#PARAMETERS} for ranges).
 *
 * @param individuals N
 * @param states S
 * @param communities C
 * @param digitalAccess mean digital access D
 * @param skillSigma sigma_h of log skill
 * @param loyaltyMean mean loyalty L
 * @param movingCost kappa
 * @param choiceIntensity beta
 * @param revisionRate r
 * @param productivitySigma sigma_A of log state productivity
 * @param taxRate tau
 * @param cloudTaxRate tau_c
 * @param communityProductivity q
 * @param networkExponent gamma
 */
public record ExitSettings(int individuals, int states, int communities, double digitalAccess, double skillSigma,
                           double loyaltyMean, double movingCost, double choiceIntensity, double revisionRate,
                           double productivitySigma, double taxRate, double cloudTaxRate,
                           double communityProductivity, double networkExponent) {

    /**
     * @param p validated parameters of the exit model
     * @return the typed view
     */
    public static ExitSettings from(Parameters p) {
        return new ExitSettings(p.getInt("individuals"), p.getInt("states"), p.getInt("communities"),
                p.getDouble("digital_access"), p.getDouble("skill_sigma"), p.getDouble("loyalty_mean"),
                p.getDouble("moving_cost"), p.getDouble("choice_intensity"), p.getDouble("revision_rate"),
                p.getDouble("productivity_sigma"), p.getDouble("tax_rate"), p.getDouble("cloud_tax_rate"),
                p.getDouble("community_productivity"), p.getDouble("network_exponent"));
    }
}
