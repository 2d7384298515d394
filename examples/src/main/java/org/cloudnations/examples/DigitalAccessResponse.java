package org.cloudnations.examples;

import java.util.Map;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;

/**
 * How does the cloud's final size respond to digital access (seed row 0.1)? Runs the baseline
 * scenario at five levels of mean digital access, five seeds each, and prints the mean final cloud
 * share and cloud skill ratio per level as CSV.
 */
public final class DigitalAccessResponse {
    private DigitalAccessResponse() {
    }

    /**
     * @param args optional: ticks (default 100) and individuals (default 20000)
     */
    public static void main(String[] args) {
        int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String individuals = args.length > 1 ? args[1] : "20000";
        Scenario baseline = Scenarios.get("baseline");
        System.out.println("digital_access,mean_final_cloud_share,mean_final_cloud_skill_ratio");
        for (double access : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            double share = 0;
            double skill = 0;
            int seeds = 5;
            for (long seed = 1; seed <= seeds; seed++) {
                RunResult r = Runner.run(baseline.configure(
                        Map.of("digital_access", Double.toString(access), "individuals", individuals), seed, ticks, 2));
                share += r.series().last("cloud_share") / seeds;
                skill += r.series().last("cloud_skill_ratio") / seeds;
            }
            System.out.printf(java.util.Locale.ROOT, "%.1f,%.4f,%.4f%n", access, share, skill);
        }
    }
}
