package org.cloudnations.sim.model.world;

import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.ai.AiParameters;
import org.cloudnations.sim.model.ai.Teams;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (W1) Each firm's AI capability is the best of the models it can use: its own team's (or its
 * state's, when states own the teams), the best closed model it may license (its bloc's when the
 * blocs decouple, as (A8)) at quality {@code q_L}, and the best free model (the community's, an
 * open lab's or the states' public model, {@link Teams#freeModel}); its automation frontier follows
 * that capability, {@code I_f = I_max * a_f / (a_f + a_half)}, and the share of its employees displaced this tick is
 * {@code d_f = max(0, I_f(t) - I_f(t-1)) / (1 - I_f(t-1))} (the AI economy's (A9) form). Writes the
 * models' users (last tick's employees of the firms using them plus the community's contributors)
 * for the race's data returns, and the AI-tool levels that individuals and communities use:
 * {@code tools = level(max(free, public, q_L * best closed))} for gig and freelance work (closed
 * tools only with licensing) and {@code open_tools = level(community model)}: communities build on
 * the open model only, as closed weights cannot be forked.
 */
public final class FirmAccess implements Rule {
    static final MetricSpec MEAN_AUTOMATION = new MetricSpec("mean_automation", "1",
            "mean automation frontier I_f over firms");
    static final MetricSpec OPEN_SHARE = MetricSpec.share("open_share",
            "share of AI-using firms whose best model is open (community, open lab or public)");
    static final MetricSpec LICENSED_SHARE = MetricSpec.share("licensed_share",
            "share of AI-using firms that license a closed model");
    static final MetricSpec CAPABILITY_GINI = MetricSpec.index("ai_capability_gini_firms",
            "Gini of the AI capability firms use");

    @Override
    public String name() {
        return "world-firms";
    }

    @Override
    public String phase() {
        return "firms";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(WorldParameters.LICENSING, AiParameters.DECOUPLING, WorldParameters.LICENCE_QUALITY, WorldParameters.AUTOMATION_MAX,
                WorldParameters.AUTOMATION_HALF);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(MEAN_AUTOMATION, OPEN_SHARE, LICENSED_SHARE, CAPABILITY_GINI);
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        boolean licensing = p.getBoolean("licensing");
        boolean decoupling = p.getBoolean("decoupling");
        double quality = p.getDouble("licence_quality");
        double iMax = p.getDouble("automation_max");
        double half = p.getDouble("automation_half");
        Table ft = a.table(Tables.FIRMS);
        int firms = ft.size();
        int[] firmState = ft.ints(Columns.STATE);
        int[] team = ft.ints("team");
        double[] capability = ft.doubles(Columns.CAPABILITY);
        byte[] source = ft.bytes(Columns.SOURCE);
        double[] automation = ft.doubles(Columns.AUTOMATION);
        double[] displacement = ft.doubles(Columns.DISPLACEMENT);
        long[] employees = ft.longs(Columns.EMPLOYEES);
        int[] model = ft.ints("model");
        Table tt = a.table(Tables.TEAMS);
        int rows = tt.size();
        int racing = rows - 2;
        int community = Teams.community(racing);
        int publicModel = Teams.publicModel(racing);
        double[] cap = tt.doubles(Columns.CAPABILITY);
        boolean[] open = tt.booleans(Columns.OPEN);
        boolean[] exists = tt.booleans(Columns.EXISTS);
        int[] teamHome = tt.ints(Columns.HOME_STATE);
        byte[] ownerKind = tt.bytes(Columns.OWNER_KIND);
        int[] owner = tt.ints("owner");
        long[] users = tt.longs(Columns.USERS);
        long[] members = a.table(Tables.COMMUNITIES).longs(Columns.MEMBERS);
        Table global = a.table(Tables.GLOBAL);
        double[] tools = global.doubles(Columns.TOOLS);
        double[] openTools = global.doubles(Columns.OPEN_TOOLS);
        a.metric(MEAN_AUTOMATION, () -> Arrays.stream(automation).average().orElse(0));
        a.metric(OPEN_SHARE, () -> share(source, Columns.SOURCE_OPEN) + share(source, Columns.SOURCE_PUBLIC));
        a.metric(LICENSED_SHARE, () -> share(source, Columns.SOURCE_LICENSED));
        a.metric(CAPABILITY_GINI, () -> Inequality.gini(capability.clone()));
        return context -> {
            int free = Teams.freeModel(open, exists, cap);
            int[] stateTeam = homeStateTeams(ownerKind, owner, cap, racing, firmState);
            int[] closed = {Teams.closedModel(0, decoupling, open, teamHome, cap, racing),
                Teams.closedModel(1, decoupling, open, teamHome, cap, racing)};
            double freeCap = free < 0 ? 0.0 : cap[free];
            double licensable = 0;
            for (int c : closed) {
                licensable = licensing && c >= 0 ? Math.max(licensable, quality * cap[c]) : licensable;
            }
            tools[0] = level(Math.max(freeCap, licensable), half);
            openTools[0] = exists[community] ? level(cap[community], half) : 0.0;
            Arrays.fill(users, 0L);
            for (int f = 0; f < firms; f++) {
                byte best = Columns.SOURCE_NONE;
                double a0 = 0;
                int used = -1;
                int own = team[f] >= 0 ? team[f] : stateTeam[firmState[f]];
                if (own >= 0 && cap[own] > a0) {
                    best = Columns.SOURCE_OWNED;
                    a0 = cap[own];
                    used = own;
                }
                int lic = closed[Teams.bloc(firmState[f])];
                if (licensing && lic >= 0 && quality * cap[lic] > a0) {
                    best = Columns.SOURCE_LICENSED;
                    a0 = quality * cap[lic];
                    used = lic;
                }
                if (freeCap > a0) {
                    best = free == publicModel ? Columns.SOURCE_PUBLIC : Columns.SOURCE_OPEN;
                    a0 = freeCap;
                    used = free;
                }
                double before = automation[f];
                double now = iMax * level(a0, half);
                displacement[f] = context.tick() == 0 ? 0.0 : Math.max(0.0, now - before) / (1.0 - before);
                automation[f] = now;
                capability[f] = a0;
                source[f] = best;
                model[f] = used;
                if (used >= 0) {
                    users[used] += employees[f];
                }
            }
            if (exists[community]) {
                long contributors = 0;
                for (long m : members) {
                    contributors += m;
                }
                users[community] += contributors;
            }
        };
    }

    /** @return {@code a / (a + half)}, the saturating level of a capability */
    static double level(double capability, double half) {
        return capability / (capability + half);
    }

    /** @return for each state, its best state-owned racing team (its firms use it as their own), -1 if none */
    private static int[] homeStateTeams(byte[] ownerKind, int[] owner, double[] cap, int racing, int[] firmState) {
        int states = 0;
        for (int s : firmState) {
            states = Math.max(states, s + 1);
        }
        int[] best = new int[states];
        Arrays.fill(best, -1);
        for (int j = 0; j < racing; j++) {
            if (ownerKind[j] == Teams.STATE && owner[j] >= 0 && owner[j] < states
                    && (best[owner[j]] < 0 || cap[j] > cap[best[owner[j]]])) {
                best[owner[j]] = j;
            }
        }
        return best;
    }

    private static double share(byte[] source, byte which) {
        long using = 0;
        long hits = 0;
        for (byte b : source) {
            using += b == Columns.SOURCE_NONE ? 0 : 1;
            hits += b == which ? 1 : 0;
        }
        return using == 0 ? 0.0 : (double) hits / using;
    }
}
