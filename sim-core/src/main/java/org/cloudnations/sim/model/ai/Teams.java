package org.cloudnations.sim.model.ai;

/**
 * The rows and owner kinds of the AI models' table ({@code teams}, R + 2 rows: the racing teams'
 * frontier models {@code 0..R-1}, the community's open model {@code R}, the states' public model
 * {@code R + 1}), and the free and licensable frontiers of (A1) in docs/model.md, section "AI
 * economy", as pure functions of its columns.
 */
public final class Teams {
    /** Owner kind of a model owned by a firm. */
    public static final byte FIRM = 0;
    /** Owner kind of a model owned by a state (or the states jointly). */
    public static final byte STATE = 1;
    /** Owner kind of the community's model. */
    public static final byte COMMUNITY = 2;

    private Teams() {
    }

    /**
     * @param racingTeams R
     * @return the row of the community's open model
     */
    public static int community(int racingTeams) {
        return racingTeams;
    }

    /**
     * @param racingTeams R
     * @return the row of the states' public model
     */
    public static int publicModel(int racingTeams) {
        return racingTeams + 1;
    }

    /**
     * @param state a state
     * @return its bloc, {@code s mod 2}
     */
    public static int bloc(int state) {
        return state & 1;
    }

    /**
     * The largest capability a model can reach: a numerical bound, not a modelling choice (ours,
     * invented). Growth with strong increasing returns (A4) compounds without limit and would reach
     * infinity within a few hundred ticks at the edge of the allowed ranges (e.g. {@code ai_growth
     * 0.5}, {@code returns_exponent 3}); no shipped scenario's run comes near the bound, so it
     * changes no result there.
     */
    public static final double CAPABILITY_BOUND = 1e100;

    /**
     * @param capability a grown capability
     * @return it, or {@link #CAPABILITY_BOUND} when larger
     */
    public static double bounded(double capability) {
        return Math.min(CAPABILITY_BOUND, capability);
    }

    /**
     * @param capability the models' capabilities
     * @param racingTeams R
     * @return the best capability of any racing team, 0 if none is positive
     */
    public static double maxTeam(double[] capability, int racingTeams) {
        double best = 0;
        for (int j = 0; j < racingTeams; j++) {
            best = Math.max(best, capability[j]);
        }
        return best;
    }

    /**
     * (A1) The free frontier.
     *
     * @param open whether each model is open
     * @param exists whether each model exists (the community and public models may not)
     * @param capability the models' capabilities
     * @return the most capable open model that exists (the first of equals), -1 if none
     */
    public static int freeModel(boolean[] open, boolean[] exists, double[] capability) {
        int best = -1;
        for (int j = 0; j < capability.length; j++) {
            if (open[j] && exists[j] && (best < 0 || capability[j] > capability[best])) {
                best = j;
            }
        }
        return best;
    }

    /**
     * (A1) The licensable frontier of a bloc.
     *
     * @param bloc a bloc, 0 or 1
     * @param decoupling whether blocs decouple (then only the bloc's own teams count)
     * @param open whether each model is open
     * @param home each model's home state
     * @param capability the models' capabilities
     * @param racingTeams R
     * @return the most capable closed team (the first of equals), -1 if none
     */
    public static int closedModel(int bloc, boolean decoupling, boolean[] open, int[] home, double[] capability,
                           int racingTeams) {
        int best = -1;
        for (int j = 0; j < racingTeams; j++) {
            if (!open[j] && (!decoupling || bloc(home[j]) == bloc)
                    && (best < 0 || capability[j] > capability[best])) {
                best = j;
            }
        }
        return best;
    }
}
