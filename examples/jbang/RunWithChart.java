///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS org.cloudnations:sim-scenarios:0.1.0
//DEPS org.cloudnations:sim-cli:0.1.0

// One run of the baseline scenario with high digital access: prints a summary table and writes
// metrics.csv, manifest.json and metrics.png.
//
//   jbang examples/jbang/RunWithChart.java [OUT_DIR [TICKS [INDIVIDUALS]]]
//
// OUT_DIR defaults to a new temporary folder; TICKS to 200; INDIVIDUALS to the scenario's 100000.

import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.chart.Charts;

class RunWithChart {
    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("run-with-chart-");
        Simulation sim = Simulation.of("baseline").set("digital_access", 0.7).seed(7).threads(2);
        if (args.length > 1) {
            sim = sim.ticks(Integer.parseInt(args[1]));
        }
        if (args.length > 2) {
            sim = sim.set("individuals", Long.parseLong(args[2]));
        }

        Result result = sim.run();
        System.out.print(result);

        double[] share = result.series("cloud_share");
        System.out.printf("cloud share: %.4f at tick 0, %.4f at tick %d%n", share[0], share[share.length - 1],
                share.length - 1);

        Path csv = result.writeCsv(out.resolve("metrics.csv"));
        Path manifest = result.writeManifest(out.resolve("manifest.json"));
        Path png = Charts.line(result, out.resolve("metrics.png"), "cloud_share", "crowd_share",
                "largest_community_share");
        System.out.println("wrote " + csv);
        System.out.println("wrote " + manifest);
        System.out.println("wrote " + png);
    }
}
