package org.cloudnations.sim.model.world;

import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * The utilities and incomes of the world's choice rule (W3), fixed once per tick from the tables
 * ({@link #fix}) and read by every individual. Gross incomes: employed {@code w_f h}; gig
 * {@code g (1 + gig_assist * T)}; crowd the crowd pay; freelance {@code f h (1 + freelance_tools * T)};
 * member of community k {@code phi_k rho_k h}; unemployed {@code b}; {@code T} is the AI-tool level
 * of the best free model. Net of tax {@code tau} at home, of the home state's cloud tax in a
 * community; a non-member's community utility subtracts the exit cost of its state's policy and
 * {@code l * loyalty}. The choice: probabilities {@code exp(beta U_o) / sum exp(beta U_o')} over the
 * forms on offer (employment only with a job offer).
 */
final class Choice {
    private final double beta;
    private final double benefit;
    private final double gig;
    private final double gigAssist;
    private final double freelance;
    private final double freelanceTools;
    private final double loyaltyCost;
    private final double exitCost;
    private final double migrationCost;
    private final double tau;
    private final double[] firmWage;
    private final double[] displacement;
    private final double[] stateWage;
    private final double[] jobFinding;
    private final int[] policy;
    private final double[] cloudTax;
    private final double[] phi;
    private final double[] price;
    private final double[] tools;
    private final double[] crowdPay;
    private final double[] cdf;
    private double gigIncome;
    private double crowdIncome;
    private double freelanceGain;

    Choice(Assembly a) {
        Parameters p = a.parameters();
        beta = p.getDouble("choice_intensity");
        benefit = p.getDouble("unemployment_benefit");
        gig = p.getDouble("gig_rate");
        gigAssist = p.getDouble("gig_assist");
        freelance = p.getDouble("freelance_rate");
        freelanceTools = p.getDouble("freelance_tools");
        loyaltyCost = p.getDouble("loyalty_cost");
        exitCost = p.getDouble("exit_cost");
        migrationCost = p.getDouble("migration_cost");
        tau = p.getDouble("tax_rate");
        Table ft = a.table(Tables.FIRMS);
        firmWage = ft.doubles(Columns.WAGE);
        displacement = ft.doubles(Columns.DISPLACEMENT);
        Table st = a.table(Tables.STATES);
        stateWage = st.doubles(Columns.WAGE);
        jobFinding = st.doubles(Columns.JOB_FINDING);
        policy = st.ints(Columns.POLICY);
        cloudTax = st.doubles(Columns.CLOUD_TAX_RATE);
        Table ct = a.table(Tables.COMMUNITIES);
        phi = ct.doubles(Columns.PRODUCTIVITY);
        price = ct.doubles(Columns.PRICE);
        cdf = new double[ct.size()];
        Table global = a.table(Tables.GLOBAL);
        tools = global.doubles(Columns.TOOLS);
        crowdPay = global.doubles(Columns.CROWD_PAY);
    }

    /** Fixes this tick's incomes and the communities' attraction (a CDF over {@code phi_k rho_k}). */
    void fix() {
        gigIncome = gig * (1 + gigAssist * tools[0]);
        crowdIncome = crowdPay[0];
        freelanceGain = freelance * (1 + freelanceTools * tools[0]);
        double total = 0;
        for (int k = 0; k < cdf.length; k++) {
            total += phi[k] * price[k];
            cdf[k] = total;
        }
        for (int k = 0; k < cdf.length; k++) {
            cdf[k] = total > 0 ? cdf[k] / total : (k + 1.0) / cdf.length;
        }
    }

    double displacement(int firm) {
        return displacement[firm];
    }

    double jobFinding(int state) {
        return jobFinding[state];
    }

    double tax() {
        return tau;
    }

    double cloudTax(int state) {
        return cloudTax[state];
    }

    /** @return the community a non-member considers, drawn by attraction */
    int community(double u) {
        return Cdf.draw(cdf, u);
    }

    /** @return the net wage gain of moving from {@code s} to {@code t}, minus the moving cost (zero inside the league) */
    double migrationGain(int s, int t, double h) {
        if (s == t) {
            return -1;
        }
        boolean inLeague = policy[s] == Columns.LEAGUE && policy[t] == Columns.LEAGUE;
        return (1 - tau) * (stateWage[t] - stateWage[s]) * h - (inLeague ? 0.0 : migrationCost);
    }

    /** @return the gross income of form {@code f} in unit {@code u} at skill {@code h} */
    double income(byte f, int u, double h) {
        return switch (f) {
            case Columns.EMPLOYED -> firmWage[u] * h;
            case Columns.GIG -> gigIncome;
            case Columns.CROWD -> crowdIncome;
            case Columns.FREELANCE -> freelanceGain * h;
            case Columns.COMMUNITY -> phi[u] * price[u] * h;
            default -> benefit;
        };
    }

    /**
     * The logit choice among the forms on offer.
     *
     * @param f the current form
     * @param u the current unit
     * @param s the home state
     * @param candidate the community considered
     * @param jobOffer whether employment is on offer
     * @param h skill
     * @param loyalty loyalty
     * @param draw a uniform draw
     * @return the chosen form
     */
    byte choose(byte f, int u, int s, int candidate, boolean jobOffer, double h, double loyalty, double draw) {
        double net = 1 - tau;
        boolean employed = f == Columns.EMPLOYED;
        double uE = jobOffer ? net * (employed ? firmWage[u] : stateWage[s]) * h : Double.NEGATIVE_INFINITY;
        double uG = net * gigIncome;
        double uC = net * crowdIncome;
        double uF = net * freelanceGain * h;
        double uK = (1 - cloudTax[s]) * phi[candidate] * price[candidate] * h;
        if (f != Columns.COMMUNITY) {
            int pol = policy[s];
            uK -= exitCost * (pol == Columns.SQUEEZE ? 2.0 : pol == Columns.LEAGUE ? 0.5 : 1.0) + loyaltyCost * loyalty;
        }
        double uU = benefit;
        double max = Math.max(Math.max(Math.max(uE, uG), Math.max(uC, uF)), Math.max(uK, uU));
        double wE = jobOffer ? StrictMath.exp(beta * (uE - max)) : 0.0;
        double wG = StrictMath.exp(beta * (uG - max));
        double wC = StrictMath.exp(beta * (uC - max));
        double wF = StrictMath.exp(beta * (uF - max));
        double wK = StrictMath.exp(beta * (uK - max));
        double wU = StrictMath.exp(beta * (uU - max));
        double target = draw * (wE + wG + wC + wF + wK + wU);
        double acc = wE;
        if (target < acc) {
            return Columns.EMPLOYED;
        }
        acc += wG;
        if (target < acc) {
            return Columns.GIG;
        }
        acc += wC;
        if (target < acc) {
            return Columns.CROWD;
        }
        acc += wF;
        if (target < acc) {
            return Columns.FREELANCE;
        }
        acc += wK;
        if (target < acc) {
            return Columns.COMMUNITY;
        }
        return Columns.UNEMPLOYED;
    }
}
