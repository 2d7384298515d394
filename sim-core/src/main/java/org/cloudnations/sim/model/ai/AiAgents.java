package org.cloudnations.sim.model.ai;

import java.util.Arrays;
import org.cloudnations.sim.random.CounterRandom;

/**
 * The AI agents (rows 3.7 and 4.4): the racing teams' frontier models, the community's open model
 * and the states' public model, each with an owner, an openness and a scalar capability, and the
 * race among the teams: risk (A2), disasters (A3), capability growth (A4), the open model (A5) and
 * the public model (A6) of docs/model.md, section "AI economy".
 *
 * <p>Models {@code 0..R-1} are the teams'; model {@link #community()} is the open community
 * model; model {@link #publicModel()} the public one. Capability is a scalar: the model, memory,
 * planning and tool use of row 4.4 are taken as one aggregate, because every rule here reads them
 * only through the share of tasks a model can do.
 */
final class AiAgents {
    /** Owner kinds. */
    enum Owner { FIRM, STATE, COMMUNITY }

    static final int DISASTER_STREAM = 85;
    static final int TEAM_STREAM = 83;

    private final AiSettings p;
    private final int teams;
    private final int models;
    private final Owner[] ownerKind;
    private final int[] owner;
    private final int[] home;
    private final boolean[] open;
    private final double[] capability;
    private final double[] risk;
    private final double[] next;
    private int disasters;

    /**
     * @param p settings
     * @param seed run seed
     * @param firmState state of each firm (team j owned by firm j has firm j's state as home)
     */
    AiAgents(AiSettings p, long seed, int[] firmState) {
        this.p = p;
        this.teams = p.racingTeams();
        this.models = teams + 2;
        ownerKind = new Owner[models];
        owner = new int[models];
        home = new int[models];
        open = new boolean[models];
        capability = new double[models];
        risk = new double[models];
        next = new double[models];
        long key = CounterRandom.streamKey(seed, 0, TEAM_STREAM);
        double sigma = p.capabilityDispersion();
        for (int j = 0; j < teams; j++) {
            boolean byFirm = p.firmsOwnTeams();
            ownerKind[j] = byFirm ? Owner.FIRM : Owner.STATE;
            owner[j] = byFirm ? j : j % p.states();
            home[j] = byFirm ? firmState[j] : j % p.states();
            open[j] = j < p.openLabs();
            capability[j] = p.initialCapability() * Math.exp(sigma * CounterRandom.gaussian(key, j, 0)
                    - 0.5 * sigma * sigma);
        }
        ownerKind[community()] = Owner.COMMUNITY;
        owner[community()] = -1;
        home[community()] = -1;
        open[community()] = true;
        capability[community()] = p.openModels() ? p.openInitial() * p.initialCapability() : 0.0;
        ownerKind[publicModel()] = Owner.STATE;
        owner[publicModel()] = -1;
        home[publicModel()] = -1;
        open[publicModel()] = true;
        capability[publicModel()] = p.publicCompute() ? p.publicShare() * maxTeam() : 0.0;
        updateRisk();
    }

    /**
     * One tick of the race, in the order (A3) disasters with this tick's risk, (A4) growth, (A5)
     * open model, (A6) public model, (A2) next risk. Reads last tick's users and contributors.
     *
     * @param seed run seed
     * @param tick this tick
     * @param users users of each model last tick
     * @param contributorSkill contributors' skill per individual last tick
     * @param individuals N
     * @param outputLoss per-state multiplier, set to 1 here and multiplied by (1 - zeta_D) for a disaster
     */
    void step(long seed, long tick, long[] users, double contributorSkill, int individuals,
              double[] outputLoss) {
        Arrays.fill(outputLoss, 1.0);
        disasters = 0;
        long key = CounterRandom.streamKey(seed, tick, DISASTER_STREAM);
        for (int j = 0; j < teams; j++) { // (A3)
            if (CounterRandom.uniform(key, j, 0) < p.disasterRate() * risk[j]) {
                disasters++;
                capability[j] *= 1.0 - p.disasterDamage();
                outputLoss[home[j]] *= 1.0 - p.disasterDamage();
            }
        }
        double mean = 0;
        for (int j = 0; j < teams; j++) {
            mean += capability[j];
        }
        mean /= teams;
        double free = freeCapability();
        for (int j = 0; j < teams; j++) { // (A4), synchronous
            double a = capability[j];
            double relative = mean > 0 ? a / mean : 1.0;
            double growth = p.aiGrowth() * (1.0 + p.speedGain() * risk[j]) * Math.pow(relative, p.returnsExponent() - 1.0)
                    + p.dataReturns() * users[j] / individuals;
            double best = Math.max(free, visibleTeamFrontier(j));
            next[j] = a * (1.0 + growth) + p.spillover() * Math.max(0.0, best - a);
        }
        double maxBefore = maxTeam();
        System.arraycopy(next, 0, capability, 0, teams);
        if (p.openModels()) { // (A5)
            int c = community();
            double a = capability[c];
            double m = contributorSkill;
            capability[c] = a * (1.0 + p.openGrowth() * m / (m + p.contributorHalf())
                    + p.dataReturns() * users[c] / individuals) + p.spillover() * Math.max(0.0, maxBefore - a);
        }
        if (p.publicCompute()) { // (A6)
            capability[publicModel()] = p.publicShare() * maxTeam();
        }
        updateRisk();
    }

    /** (A2) each team's risk from its rivals' capabilities. */
    private void updateRisk() {
        for (int j = 0; j < teams; j++) {
            int rivals = 0;
            double strongest = 0;
            for (int r = 0; r < teams; r++) {
                if (r != j && (!p.allianceGovernance() || bloc(home[r]) != bloc(home[j]))) {
                    rivals++;
                    strongest = Math.max(strongest, capability[r]);
                }
            }
            double c = 0;
            if (rivals > 0) {
                double a = capability[j];
                double hi = Math.max(a, strongest);
                double closeness = hi > 0 ? Math.min(a, strongest) / hi : 1.0;
                c = p.capabilityInfo() * closeness + (1.0 - p.capabilityInfo()) * rivals / (rivals + 1.0);
            }
            risk[j] = p.baseRisk() + (1.0 - p.baseRisk()) * p.enmity() * c;
        }
    }

    /** @return the best team capability team j can learn from: all teams, or its bloc's when decoupled */
    private double visibleTeamFrontier(int j) {
        double best = 0;
        for (int r = 0; r < teams; r++) {
            if (!p.decoupling() || bloc(home[r]) == bloc(home[j])) {
                best = Math.max(best, capability[r]);
            }
        }
        return best;
    }

    static int bloc(int state) {
        return state & 1;
    }

    /** @return the best capability of any team */
    double maxTeam() {
        double best = 0;
        for (int j = 0; j < teams; j++) {
            best = Math.max(best, capability[j]);
        }
        return best;
    }

    /** @return the model index of the best free (open) model, -1 if none is available */
    int freeModel() {
        int best = -1;
        for (int j = 0; j < models; j++) {
            if (open[j] && available(j) && (best < 0 || capability[j] > capability[best])) {
                best = j;
            }
        }
        return best;
    }

    private boolean available(int j) {
        return j < teams || (j == community() ? p.openModels() : p.publicCompute());
    }

    /** @return the capability of the best free model, 0 if none */
    double freeCapability() {
        int j = freeModel();
        return j < 0 ? 0.0 : capability[j];
    }

    /**
     * @param bloc a bloc, 0 or 1
     * @return the closed team model a firm of that bloc can license (-1 if none): the best closed
     *         team, of the same bloc when decoupled
     */
    int closedModel(int bloc) {
        int best = -1;
        for (int j = 0; j < teams; j++) {
            if (!open[j] && (!p.decoupling() || bloc(home[j]) == bloc)
                    && (best < 0 || capability[j] > capability[best])) {
                best = j;
            }
        }
        return best;
    }

    int teams() {
        return teams;
    }

    int models() {
        return models;
    }

    int community() {
        return teams;
    }

    int publicModel() {
        return teams + 1;
    }

    double capability(int j) {
        return capability[j];
    }

    double risk(int j) {
        return risk[j];
    }

    boolean open(int j) {
        return open[j];
    }

    Owner ownerKind(int j) {
        return ownerKind[j];
    }

    int owner(int j) {
        return owner[j];
    }

    /** @return the home state of model j, -1 for the community and public models */
    int home(int j) {
        return home[j];
    }

    /** @return disasters of the last {@link #step} */
    int disasters() {
        return disasters;
    }

    /** @return the team that owns firm f's model, -1 if firm f owns no team */
    int teamOfFirm(int f) {
        return p.firmsOwnTeams() && f < teams ? f : -1;
    }
}
