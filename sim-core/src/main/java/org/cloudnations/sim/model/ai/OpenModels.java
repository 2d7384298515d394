package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A5) the community's open model grows with last tick's contributors' skill and users and catches
 * up with the best team's capability before this tick's growth; (A6) the states' public model is
 * {@code pi_P} times the best team's capability (phase {@code race}, after {@link AiRace}; nothing
 * in tick 0).
 *
 * <p>Reads {@code teams.users}, the teams' {@code teams.capability}, {@code global.max_team_before,
 * contributor_skill}; writes the community and public models' {@code teams.capability}.
 */
public final class OpenModels implements Rule {
    static final MetricSpec OPEN_CAPABILITY = new MetricSpec("open_capability", "capability",
            "capability of the community's open model");

    @Override
    public String name() {
        return "ai-open-models";
    }

    @Override
    public String phase() {
        return "race";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.INDIVIDUALS, AiParameters.RACING_TEAMS, AiParameters.OPEN_MODELS,
                AiParameters.OPEN_GROWTH, AiParameters.CONTRIBUTOR_HALF, AiParameters.DATA_RETURNS,
                AiParameters.SPILLOVER, AiParameters.PUBLIC_COMPUTE, AiParameters.PUBLIC_SHARE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(OPEN_CAPABILITY);
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int teams = p.getInt("racing_teams");
        int individuals = p.getInt("individuals");
        int c = Teams.community(teams);
        int pub = Teams.publicModel(teams);
        boolean openModels = p.getBoolean("open_models");
        boolean publicCompute = p.getBoolean("public_compute");
        double openGrowth = p.getDouble("open_growth");
        double half = p.getDouble("contributor_half");
        double dataReturns = p.getDouble("data_returns");
        double spillover = p.getDouble("spillover");
        double publicShare = p.getDouble("public_share");
        Table t = a.table(Tables.TEAMS);
        double[] capability = t.doubles("capability");
        long[] users = t.longs("users");
        Table global = a.table(Tables.GLOBAL);
        double[] maxBefore = global.doubles("max_team_before");
        double[] contributorSkill = global.doubles("contributor_skill");
        a.metric(OPEN_CAPABILITY, () -> openModels ? capability[c] : 0.0);
        return context -> {
            if (context.tick() == 0) {
                return;
            }
            if (openModels) { // (A5)
                double ac = capability[c];
                double m = contributorSkill[0];
                capability[c] = Teams.bounded(ac * (1.0 + openGrowth * m / (m + half)
                        + dataReturns * users[c] / individuals) + spillover * Math.max(0.0, maxBefore[0] - ac));
            }
            if (publicCompute) { // (A6)
                capability[pub] = publicShare * Teams.maxTeam(capability, teams);
            }
        };
    }
}
