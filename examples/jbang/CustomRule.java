///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS org.cloudnations:sim-scenarios:0.1.0
//DEPS org.cloudnations:sim-cli:0.1.0

// Adding a rule of one's own to the shipped `baseline` rule set, through the public API only:
// remittances. Each tick, cloud-community members send a share rho of their gross cloud income
// home, where it is spent and taxed at the home state's rate; the rule adds the tax to the state's
// revenue (which funds its public good and is the payoff states imitate) and records the
// remittances per individual as a new metric. It declares one parameter (`remittance_share`) and
// one metric (`remittances`), reads the states' columns `cloud_assets` (gross cloud income counted
// by state) and `tax` (the tax rate) and writes `tax_revenue`. No model of its own is written.
//
// The script runs the shipped baseline, the baseline with the rule at rho = 0.3, and with the rule
// switched off (rho = 0), same seed, and writes the three metrics.csv files and a chart.
//
//   jbang examples/jbang/CustomRule.java [OUT_DIR [TICKS [INDIVIDUALS]]]
//
// Defaults: a new temporary folder, 150 ticks, 20000 individuals.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.chart.Charts;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

class CustomRule {
    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("custom-rule-");
        int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int individuals = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;

        Scenario baseline = Scenarios.get("baseline");
        Scenario withRemittances = baseline.withRule("baseline-remittances",
                "The baseline with remittances of cloud income", new Remittances());

        Result shipped = Simulation.of(baseline).set("individuals", individuals).seed(5).ticks(ticks).run();
        Result on = Simulation.of(withRemittances).set("individuals", individuals).set("remittance_share", 0.3)
                .seed(5).ticks(ticks).run();
        Result off = Simulation.of(withRemittances).set("individuals", individuals).set("remittance_share", 0.0)
                .seed(5).ticks(ticks).run();
        System.out.print(on);
        System.out.printf("remittances per individual (mean of last 20 ticks): %.4f at rho = 0.3, %.4f at rho = 0%n",
                on.tailMean("remittances", 20), off.tailMean("remittances", 20));
        System.out.printf("tax per capita (mean of last 20 ticks): %.4f baseline, %.4f with remittances%n",
                shipped.tailMean("tax_per_capita", 20), on.tailMean("tax_per_capita", 20));
        shipped.writeCsv(out.resolve("baseline.csv"));
        on.writeCsv(out.resolve("remittances.csv"));
        off.writeCsv(out.resolve("remittances-off.csv"));
        Charts.line(on, out.resolve("remittances.png"), "remittances", "cloud_share");
        System.out.println("wrote " + out.resolve("remittances.csv"));
    }

    /**
     * Remittances: a rule of one's own. It runs last in each tick, after the states' accounts, so
     * the tax it adds counts in this tick's tax metrics and in next tick's public good and policy
     * payoffs. At rho = 0 it adds nothing, and the run is the shipped baseline's, metric for metric.
     */
    static final class Remittances implements Rule {
        static final ParameterSpec SHARE = ParameterSpec.real("remittance_share", 0.2, 0.0, 1.0, "1", "custom",
                "rho, share of gross cloud income that community members send home each tick");
        static final MetricSpec REMITTANCES = new MetricSpec("remittances", "income",
                "remittances sent home per individual this tick");

        @Override
        public String name() {
            return "remittances";
        }

        @Override
        public String phase() {
            return "accounts";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(SHARE);
        }

        @Override
        public List<MetricSpec> metrics() {
            return List.of(REMITTANCES);
        }

        @Override
        public RuleStep bind(Assembly a) {
            double rho = a.parameters().getDouble(SHARE.name());
            Table states = a.table(Tables.STATES);
            double[] cloudIncome = states.doubles("cloud_assets");
            double[] taxRate = states.doubles("tax");
            double[] taxRevenue = states.doubles("tax_revenue");
            double n = a.table(Tables.INDIVIDUALS).size();
            double[] sent = new double[1];
            a.metric(REMITTANCES, () -> sent[0] / n);
            return (TickContext context) -> {
                double total = 0;
                for (int s = 0; s < states.size(); s++) {
                    double remitted = rho * cloudIncome[s];
                    taxRevenue[s] += taxRate[s] * remitted;
                    total += remitted;
                }
                sent[0] = total;
            };
        }
    }
}
