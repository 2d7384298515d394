package org.cloudnations.sim.sweep.design;

import java.util.List;

/**
 * Morris elementary-effects trajectories (Morris 1991, Technometrics 33(2); mu* after Campolongo,
 * Cariboni &amp; Saltelli 2007). Each vary takes p evenly spaced levels 0, 1/(p-1), ..., 1 of its
 * unit interval (p even) and moves by delta = p / (2 (p - 1)). A trajectory is k + 1 points: a
 * random start on the levels, then one step per vary, in a random order and a random direction.
 * Point index = trajectory (k + 1) + step. Everything is keyed by (seed, trajectory), so a
 * trajectory does not depend on the others.
 */
public final class MorrisDesign implements Design {
    private static final int STREAM = 3;
    private final List<Vary> varies;
    private final int trajectories;
    private final int levels;
    private final int k;
    private final long seed;

    /**
     * @param varies the varied parameters
     * @param trajectories r, the number of trajectories; the design has r (k + 1) points
     * @param levels p, an even number of levels, at least 2
     * @param seed the base seed
     * @param maxPoints the largest allowed number of points
     */
    public MorrisDesign(List<Vary> varies, int trajectories, int levels, long seed, long maxPoints) {
        if (trajectories < 1 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("trajectories >= 1 and an even number of levels >= 2");
        }
        this.varies = List.copyOf(varies);
        this.k = varies.size();
        Designs.checkSize((long) trajectories * (k + 1), maxPoints, "morris");
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
    }

    @Override
    public DesignKind kind() {
        return DesignKind.MORRIS;
    }

    @Override
    public List<Vary> varies() {
        return varies;
    }

    @Override
    public int points() {
        return trajectories * (k + 1);
    }

    /** @return r, the number of trajectories */
    public int trajectories() {
        return trajectories;
    }

    /** @return delta, the step in unit coordinates */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** @return p, the number of levels */
    public int levels() {
        return levels;
    }

    /**
     * The level indices (0 to p - 1) of every vary at every step of a trajectory, with the vary
     * moved at each step.
     *
     * @param trajectory the trajectory
     * @return the trajectory
     */
    public Trajectory trajectory(int trajectory) {
        if (trajectory < 0 || trajectory >= trajectories) {
            throw new IndexOutOfBoundsException("trajectory " + trajectory + " of " + trajectories);
        }
        int jump = levels / 2;
        int[] start = new int[k];
        int[] order = new int[k];
        int[] direction = new int[k];
        for (int d = 0; d < k; d++) {
            int low = (int) (Seeds.uniform(seed, STREAM, trajectory, 3L * d) * jump); // 0 .. p/2 - 1
            direction[d] = Seeds.uniform(seed, STREAM, trajectory, 3L * d + 1) < 0.5 ? 1 : -1;
            start[d] = direction[d] > 0 ? low : low + jump;
            order[d] = d;
        }
        for (int i = k - 1; i > 0; i--) { // Fisher-Yates, keyed by (trajectory, i)
            int j = (int) (Seeds.uniform(seed, STREAM, trajectory, 3L * i + 2) * (i + 1));
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[][] steps = new int[k + 1][];
        steps[0] = start.clone();
        for (int s = 1; s <= k; s++) {
            steps[s] = steps[s - 1].clone();
            int d = order[s - 1];
            steps[s][d] += direction[d] * jump;
        }
        return new Trajectory(steps, order, direction);
    }

    @Override
    public String[] point(int index) {
        Designs.checkIndex(index, points());
        int[] lv = trajectory(index / (k + 1)).levels()[index % (k + 1)];
        String[] out = new String[k];
        for (int d = 0; d < k; d++) {
            out[d] = varies.get(d).level(lv[d], levels);
        }
        return out;
    }

    /**
     * One trajectory.
     *
     * @param levels level index of every vary at each of the k + 1 steps
     * @param order the vary moved at step s + 1 is {@code order[s]}
     * @param direction +1 when vary d moves up, -1 when down
     */
    public record Trajectory(int[][] levels, int[] order, int[] direction) {
    }
}
