package org.cloudnations.sim.sweep.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.engine.Provenance;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.sweep.design.ArmedDesign;
import org.cloudnations.sim.sweep.design.Design;
import org.cloudnations.sim.sweep.design.Designs;
import org.cloudnations.sim.sweep.design.Seeds;
import org.cloudnations.sim.sweep.design.Vary;

/**
 * A validated sweep turned into runs: the design, the base parameters, and for every run id its
 * design point, replicate, seed, parameters and key. Run id = point * replicates + replicate. In a
 * sweep with arms, point = design point * arms + arm, and the arms of a design point share its
 * seeds ({@link ArmedDesign}).
 *
 * <p>The run key is the first 16 hex digits of the SHA-256 of the scenario, the model, the model
 * version (the library version), every resolved parameter, the seed and the ticks: what
 * {@code --resume} uses to recognise a completed run. The sweep fingerprint hashes everything in
 * the {@link SweepSpec} except the command line, and tells whether a folder holds this sweep.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final Design design;
    private final Parameters base;
    private final Map<String, String> baseText;
    private final int runs;
    private final String fingerprint;

    private SweepPlan(SweepSpec spec) {
        this.spec = spec;
        this.base = spec.scenario().parameters().resolve(spec.fixed());
        this.baseText = base.asText();
        Design points = Designs.create(spec.design(), spec.varies(), spec.samples(), spec.levels(), spec.seed(),
                base.asText(), SweepSpec.MAX_RUNS);
        this.design = spec.arms().isEmpty() ? points : new ArmedDesign(points,
                SweepArms.complete(base.registry(), spec.fixed(), spec.arms()), base.registry());
        long n = (long) design.points() * spec.replicates();
        if (n > SweepSpec.MAX_RUNS) {
            throw new ConfigurationException("the sweep has " + n + " runs (" + design.points() + " points x "
                    + spec.replicates() + " replicates); allowed: at most " + SweepSpec.MAX_RUNS);
        }
        this.runs = (int) n;
        this.fingerprint = sha256(describe()).substring(0, 32);
    }

    /**
     * @param spec a validated sweep
     * @return its plan
     * @throws ConfigurationException when the sweep is too large
     */
    public static SweepPlan of(SweepSpec spec) {
        return new SweepPlan(spec);
    }

    /** @return the sweep */
    public SweepSpec spec() {
        return spec;
    }

    /** @return the design */
    public Design design() {
        return design;
    }

    /** @return every parameter at its value when not varied */
    public Parameters base() {
        return base;
    }

    /** @return the number of runs */
    public int runs() {
        return runs;
    }

    /** @return the model's metrics */
    public List<MetricSpec> metrics() {
        return spec.scenario().model().metrics();
    }

    /** @return a hash of everything that defines the sweep's results */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return the model version recorded in run keys */
    public static String modelVersion() {
        return Provenance.libraryVersion();
    }

    /**
     * @param run a run id
     * @return everything about the run
     */
    public RunPlan run(int run) {
        if (run < 0 || run >= runs) {
            throw new IndexOutOfBoundsException("run " + run + " of " + runs);
        }
        int point = run / spec.replicates();
        int replicate = run % spec.replicates();
        String[] values = design.point(point);
        Map<String, String> text = new LinkedHashMap<>(baseText);
        for (int i = 0; i < values.length; i++) {
            text.put(design.varies().get(i).name(), values[i]); // canonical already
        }
        Parameters p = base.registry().resolve(text);
        long seed = Seeds.run(spec.seed(), design.seedPoint(point), replicate);
        return new RunPlan(run, point, replicate, seed, values, p, key(text, seed));
    }

    private String key(Map<String, String> parameters, long seed) {
        StringBuilder b = new StringBuilder(256);
        b.append("scenario=").append(spec.scenario().name()).append('\n');
        b.append("model=").append(spec.scenario().model().name()).append('\n');
        b.append("model_version=").append(modelVersion()).append('\n');
        b.append("ticks=").append(spec.ticks()).append('\n');
        b.append("seed=").append(seed).append('\n');
        parameters.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return sha256(b.toString()).substring(0, 16);
    }

    private String describe() {
        StringBuilder b = new StringBuilder();
        b.append("scenario=").append(spec.scenario().name()).append('\n');
        b.append("model=").append(spec.scenario().model().name()).append('\n');
        b.append("model_version=").append(modelVersion()).append('\n');
        b.append("design=").append(spec.design().label()).append('\n');
        b.append("samples=").append(spec.samples()).append('\n');
        b.append("levels=").append(spec.levels()).append('\n');
        b.append("replicates=").append(spec.replicates()).append('\n');
        b.append("ticks=").append(spec.ticks()).append('\n');
        b.append("seed=").append(spec.seed()).append('\n');
        b.append("series_every=").append(spec.seriesEvery()).append('\n');
        for (Vary v : spec.varies()) {
            b.append("vary ").append(v.name()).append('=').append(v.isRange()
                    ? v.lo() + ":" + v.hi() + ":" + v.levelCount() : String.join(",", v.values())).append('\n');
        }
        spec.arms().forEach(a -> b.append("arm ").append(SweepArms.text(a)).append('\n'));
        base.asText().forEach((k, v) -> b.append("base ").append(k).append('=').append(v).append('\n'));
        metrics().forEach(m -> b.append("metric ").append(m.name()).append('\n'));
        return b.toString();
    }

    /**
     * A run as a failed check names it ({@link org.cloudnations.sim.engine.InvariantViolationException#inRun}):
     * its id, design point with the varied values, replicate and seed.
     *
     * @param run a run id
     * @return e.g. {@code run 3 (point 1: leak=1.0; replicate 0, seed -7606935302439262633)}
     */
    public String describe(int run) {
        RunPlan r = run(run);
        StringBuilder b = new StringBuilder("run ").append(run).append(" (point ").append(r.point()).append(':');
        for (int v = 0; v < r.values().length; v++) {
            b.append(v == 0 ? " " : ", ").append(design.varies().get(v).name()).append('=').append(r.values()[v]);
        }
        return b.append("; replicate ").append(r.replicate()).append(", seed ").append(r.seed()).append(')').toString();
    }

    /** @return the header of runs.csv */
    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("run", "point", "replicate", "seed", "key"));
        design.varies().forEach(v -> h.add(v.name()));
        h.add("status");
        metrics().forEach(m -> h.add(m.name()));
        h.add("message");
        h.add("wall_seconds");
        return h;
    }

    static String sha256(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * One run of the sweep.
     *
     * @param run the run id
     * @param point the design point
     * @param replicate the replicate, from 0
     * @param seed the run's seed
     * @param values the varied parameters' values
     * @param parameters every parameter
     * @param key the run key
     */
    public record RunPlan(int run, int point, int replicate, long seed, String[] values, Parameters parameters,
                          String key) {
    }
}
