///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS org.cloudnations:sim-scenarios:0.1.0
//DEPS org.cloudnations:sim-cli:0.1.0

// A response curve: how does the cloud's share respond to mean digital access (seed row 0.1)?
// Sweeps digital_access over five levels with several replicates each, streams the runs (none is
// kept), and writes response.csv (one row per level: mean and standard deviation over replicates
// of the cloud share averaged over the last 10 ticks, and the mean cloud skill ratio) and
// response.png.
//
//   jbang examples/jbang/SweepResponse.java [OUT_DIR [TICKS [INDIVIDUALS [REPLICATES]]]]
//
// Defaults: a new temporary folder, 150 ticks, 20000 individuals, 4 replicates.

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.api.Sweep;
import org.cloudnations.sim.chart.Charts;

class SweepResponse {
    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("sweep-response-");
        int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int individuals = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int replicates = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        Files.createDirectories(out);

        Sweep sweep = Simulation.of("baseline").set("individuals", individuals).ticks(ticks).threads(2).seed(11)
                .sweep()
                .vary("digital_access", 0.1, 0.3, 0.5, 0.7, 0.9)
                .replicates(replicates);
        System.out.println(sweep);

        List<Double> access = new ArrayList<>();
        List<Double> meanShare = new ArrayList<>();
        List<Double> sdShare = new ArrayList<>();
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("response.csv")))) {
            csv.println("digital_access,replicates,mean_cloud_share,sd_cloud_share,mean_cloud_skill_ratio");
            System.out.println("digital_access  mean_cloud_share  sd_cloud_share  mean_cloud_skill_ratio");
            double[] share = new double[replicates];
            double[] skill = new double[replicates];
            sweep.forEach(run -> {
                share[run.replicate()] = run.result().tailMean("cloud_share", 10);
                skill[run.replicate()] = run.result().tailMean("cloud_skill_ratio", 10);
                if (run.replicate() == replicates - 1) { // the point is complete: summarise it
                    double a = run.value("digital_access");
                    double m = mean(share);
                    double sd = sd(share, m);
                    double k = mean(skill);
                    access.add(a);
                    meanShare.add(m);
                    sdShare.add(sd);
                    csv.printf(Locale.ROOT, "%s,%d,%.6f,%.6f,%.6f%n", a, replicates, m, sd, k);
                    System.out.printf(Locale.ROOT, "%14.1f  %16.4f  %14.4f  %22.4f%n", a, m, sd, k);
                }
            });
        }
        double[] x = toArray(access);
        double[] low = new double[x.length];
        double[] high = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            low[i] = meanShare.get(i) - sdShare.get(i);
            high[i] = meanShare.get(i) + sdShare.get(i);
        }
        Path png = Charts.curves(out.resolve("response.png"),
                "Cloud share against digital access (" + replicates + " replicates, " + individuals
                        + " individuals, " + ticks + " ticks)",
                "digital_access", "cloud share, mean of the last 10 ticks",
                new Charts.Curve("mean over replicates", x, toArray(meanShare)),
                new Charts.Curve("mean - sd", x, low),
                new Charts.Curve("mean + sd", x, high));
        System.out.println("wrote " + out.resolve("response.csv"));
        System.out.println("wrote " + png);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double sd(double[] v, double mean) {
        if (v.length < 2) {
            return 0;
        }
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
