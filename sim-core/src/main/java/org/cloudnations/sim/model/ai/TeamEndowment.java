package org.cloudnations.sim.model.ai;

import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A1) The AI agents: R racing teams owned by firm j (home: its state) or by state j mod S, the
 * first {@code open_labs} of them open, with log-normal initial capability; the community's open
 * model (if {@code open_models}) and the states' public model (if {@code public_compute}, at
 * {@code pi_P} times the best team's capability, (A6)). Creates the {@code teams} table (R + 2
 * rows, see {@link Teams}); does nothing in a tick.
 *
 * <p>Reads {@code firms.state}; writes {@code teams.owner_kind, owner, home, open, exists,
 * capability} and {@code firms.team} (the team a firm owns, -1 if none).
 */
public final class TeamEndowment implements Rule {
    /** Random stream of the teams' initial capabilities. */
    static final int TEAM_STREAM = 83;

    @Override
    public String name() {
        return "ai-teams";
    }

    @Override
    public String phase() {
        return "init";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.STATES, AiParameters.FIRMS, AiParameters.RACING_TEAMS, AiParameters.TEAM_OWNER,
                AiParameters.OPEN_LABS, AiParameters.INITIAL_CAPABILITY, AiParameters.CAPABILITY_DISPERSION,
                AiParameters.OPEN_MODELS, AiParameters.OPEN_INITIAL, AiParameters.PUBLIC_COMPUTE,
                AiParameters.PUBLIC_SHARE);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(TEAM_STREAM, "initial capability of the racing teams"));
    }

    /**
     * Checks the counts and draws the AI agents (A1).
     *
     * @param a the run being assembled
     * @return a step that does nothing
     * @throws ConfigurationException when {@code racing_teams > firms} or {@code open_labs > racing_teams}
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int states = p.getInt("states");
        int firms = p.getInt("firms");
        int teams = p.getInt("racing_teams");
        int openLabs = p.getInt("open_labs");
        if (teams > firms) {
            throw new ConfigurationException("racing_teams = " + teams + " exceeds firms = " + firms
                    + " (allowed: 1 <= racing_teams <= firms)");
        }
        if (openLabs > teams) {
            throw new ConfigurationException("open_labs = " + openLabs + " exceeds racing_teams = " + teams
                    + " (allowed: 0 <= open_labs <= racing_teams)");
        }
        boolean byFirm = p.getEnum("team_owner", TeamOwner.class) == TeamOwner.FIRMS;
        boolean openModels = p.getBoolean("open_models");
        boolean publicCompute = p.getBoolean("public_compute");
        double initial = p.getDouble("initial_capability");
        double sigma = p.getDouble("capability_dispersion");
        Table firmTable = a.table(Tables.FIRMS);
        int[] firmState = firmTable.ints("state");
        int[] teamOfFirm = firmTable.ints("team");
        Arrays.fill(teamOfFirm, -1);
        Table t = a.createTable(Tables.TEAMS, teams + 2);
        byte[] ownerKind = t.bytes("owner_kind");
        int[] owner = t.ints("owner");
        int[] home = t.ints("home");
        boolean[] open = t.booleans("open");
        boolean[] exists = t.booleans("exists");
        double[] capability = t.doubles("capability");
        long key = a.stream(TEAM_STREAM).key(0);
        for (int j = 0; j < teams; j++) {
            ownerKind[j] = byFirm ? Teams.FIRM : Teams.STATE;
            owner[j] = byFirm ? j : j % states;
            home[j] = byFirm ? firmState[j] : j % states;
            open[j] = j < openLabs;
            exists[j] = true;
            capability[j] = initial * StrictMath.exp(sigma * CounterRandom.gaussian(key, j, 0) - 0.5 * sigma * sigma);
            if (byFirm) {
                teamOfFirm[j] = j;
            }
        }
        int c = Teams.community(teams);
        ownerKind[c] = Teams.COMMUNITY;
        owner[c] = -1;
        home[c] = -1;
        open[c] = true;
        exists[c] = openModels;
        capability[c] = openModels ? p.getDouble("open_initial") * initial : 0.0;
        int pub = Teams.publicModel(teams);
        ownerKind[pub] = Teams.STATE;
        owner[pub] = -1;
        home[pub] = -1;
        open[pub] = true;
        exists[pub] = publicCompute;
        capability[pub] = publicCompute ? p.getDouble("public_share") * Teams.maxTeam(capability, teams) : 0.0;
        return context -> { };
    }
}
