package org.cloudnations.sim.model.ai;

/**
 * The six labour forms of rows 4.6 and 4.7 (codes of {@code individuals.form}) and the freelance
 * income of (A11) in docs/model.md, section "AI economy", as pure functions. The code order is the
 * order of the options in the logit choice.
 */
final class LabourForms {
    /** E: employed by a firm ({@code individuals.firm} says which). */
    static final byte EMPLOYED = 0;
    /** G: gig work on a platform. */
    static final byte GIG = 1;
    /** W: crowd micro-work. */
    static final byte CROWD = 2;
    /** F: freelance. */
    static final byte FREELANCE = 3;
    /** C: contributor to the community's open model. */
    static final byte COMMUNITY = 4;
    /** U: unemployed, seeking a job. */
    static final byte UNEMPLOYED = 5;
    /** The number of forms. */
    static final int FORMS = 6;

    private LabourForms() {
    }

    /**
     * (A11) Whether a freelancer subscribes to the closed tools: when their extra income beats the
     * fee, {@code psi_F h^2 beta_F (ln(1 + a^L) - ln(1 + a^free)) > c_T}.
     *
     * @param rate psi_F
     * @param tools beta_F
     * @param fee c_T
     * @param lnFree ln(1 + a^free) of the state
     * @param lnClosed ln(1 + a^L) of the state
     * @param h skill
     * @return whether the closed tools are used
     */
    static boolean closedTools(double rate, double tools, double fee, double lnFree, double lnClosed, double h) {
        return lnClosed > lnFree && rate * h * h * tools * (lnClosed - lnFree) > fee;
    }

    /**
     * (A11) Gross freelance income {@code psi_F h^2 (1 + beta_F ln(1 + a^tool)) - c_T [closed tools]}.
     *
     * @param rate psi_F
     * @param tools beta_F
     * @param fee c_T
     * @param lnFree ln(1 + a^free) of the state
     * @param lnClosed ln(1 + a^L) of the state
     * @param h skill
     * @return the income before tax
     */
    static double freelanceGross(double rate, double tools, double fee, double lnFree, double lnClosed, double h) {
        boolean closed = closedTools(rate, tools, fee, lnFree, lnClosed, h);
        double ln = closed ? lnClosed : lnFree;
        return rate * h * h * (1.0 + tools * ln) - (closed ? fee : 0.0);
    }
}
