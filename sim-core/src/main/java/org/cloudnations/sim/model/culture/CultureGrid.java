package org.cloudnations.sim.model.culture;

import java.util.Arrays;
import org.cloudnations.sim.random.CounterRandom;

/**
 * A non-periodic W x H grid of sites, each with a culture of F features, in one int column
 * ({@code trait[site * F + f]}, site = y * W + x), and Axelrod's interaction event. Neighbours are
 * the von Neumann neighbours that exist: corners have 2, edge sites 3, interior sites 4.
 */
final class CultureGrid {
    final int width;
    final int height;
    final int features;
    final int[] trait;
    private final int sites;
    // scratch for the region and zone counts
    private final int[] parent;
    private final int[] regionSize;
    private final int[] differing;

    CultureGrid(int width, int height, int features) {
        this(width, height, features, new int[Math.multiplyExact(Math.multiplyExact(width, height), features)]);
    }

    /**
     * A grid over a given trait column (kept, not copied).
     *
     * @param width W
     * @param height H
     * @param features F
     * @param trait W * H * F traits
     */
    CultureGrid(int width, int height, int features, int[] trait) {
        if (width < 1 || height < 1 || features < 1 || trait.length != (long) width * height * features) {
            throw new IllegalArgumentException("grid " + width + "x" + height + "x" + features + " with "
                    + trait.length + " traits");
        }
        this.width = width;
        this.height = height;
        this.features = features;
        this.trait = trait;
        this.sites = width * height;
        this.parent = new int[sites];
        this.regionSize = new int[sites];
        this.differing = new int[features];
    }

    int sites() {
        return sites;
    }

    /**
     * (A0) Uniform random initial cultures: trait of feature f at site s is
     * floor(q * u(init key, s * F + f, 0)).
     */
    void randomise(long seed, int stream, int traits) {
        long key = CounterRandom.streamKey(seed, 0, stream);
        for (int i = 0; i < trait.length; i++) {
            trait[i] = (int) (CounterRandom.uniform(key, i, 0) * traits);
        }
    }

    /** @return the number of features on which sites a and b agree */
    int overlap(int a, int b) {
        int o = 0;
        int ia = a * features;
        int ib = b * features;
        for (int f = 0; f < features; f++) {
            if (trait[ia + f] == trait[ib + f]) {
                o++;
            }
        }
        return o;
    }

    /** @return how many von Neumann neighbours site s has on the grid */
    int neighbourCount(int s) {
        int x = s % width;
        int y = s / width;
        return (x > 0 ? 1 : 0) + (x < width - 1 ? 1 : 0) + (y > 0 ? 1 : 0) + (y < height - 1 ? 1 : 0);
    }

    /** @return the k-th existing neighbour of s, in the order west, east, north, south */
    int neighbour(int s, int k) {
        int x = s % width;
        int y = s / width;
        if (x > 0 && k-- == 0) {
            return s - 1;
        }
        if (x < width - 1 && k-- == 0) {
            return s + 1;
        }
        if (y > 0 && k-- == 0) {
            return s - width;
        }
        if (y < height - 1 && k == 0) {
            return s + width;
        }
        throw new IndexOutOfBoundsException("site " + s + " has no neighbour " + k);
    }

    /**
     * (A1) One event, its draws u0..u3 from the event's counter: a random active site, a random
     * neighbour of it, interaction with probability overlap / F, and, if they interact and differ,
     * the active site copies the neighbour's trait on one differing feature chosen at random.
     *
     * @param key the event stream's key
     * @param event the event's number (its counter)
     * @return true if a trait changed
     */
    boolean event(long key, long event) {
        int s = (int) (CounterRandom.uniform(key, event, 0) * sites);
        int n = neighbourCount(s);
        if (n == 0) {
            return false;
        }
        int b = neighbour(s, (int) (CounterRandom.uniform(key, event, 1) * n));
        int is = s * features;
        int ib = b * features;
        int d = 0;
        for (int f = 0; f < features; f++) {
            if (trait[is + f] != trait[ib + f]) {
                differing[d++] = f;
            }
        }
        if (d == 0 || d == features) {
            return false;
        }
        double overlap = (double) (features - d) / features;
        if (CounterRandom.uniform(key, event, 2) >= overlap) {
            return false;
        }
        int f = differing[(int) (CounterRandom.uniform(key, event, 3) * d)];
        trait[is + f] = trait[ib + f];
        return true;
    }

    /** @return the number of neighbour pairs (bonds) with 0 &lt; overlap &lt; F */
    int activeBonds() {
        int active = 0;
        for (int s = 0; s < sites; s++) {
            int x = s % width;
            if (x < width - 1 && partial(s, s + 1)) {
                active++;
            }
            if (s + width < sites && partial(s, s + width)) {
                active++;
            }
        }
        return active;
    }

    /** @return the number of neighbour pairs on the grid */
    int bonds() {
        return (width - 1) * height + width * (height - 1);
    }

    /** @return true if no further change is possible: every neighbour pair has overlap 0 or F */
    boolean absorbed() {
        return activeBonds() == 0;
    }

    private boolean partial(int a, int b) {
        int o = overlap(a, b);
        return o > 0 && o < features;
    }

    /** @return the number of connected regions of identical culture */
    int regions() {
        return components(false);
    }

    /**
     * @return the number of zones: connected sets of sites linked by neighbour pairs with
     *         overlap &gt; 0 (Axelrod's "zones" of compatible cultures)
     */
    int zones() {
        return components(true);
    }

    /** @return the size of the largest region of identical culture, in sites */
    int largestRegion() {
        components(false);
        Arrays.fill(regionSize, 0);
        int largest = 0;
        for (int s = 0; s < sites; s++) {
            largest = Math.max(largest, ++regionSize[find(s)]);
        }
        return largest;
    }

    private int components(boolean compatible) {
        for (int s = 0; s < sites; s++) {
            parent[s] = s;
        }
        int count = sites;
        for (int s = 0; s < sites; s++) {
            int x = s % width;
            if (x < width - 1 && linked(s, s + 1, compatible) && union(s, s + 1)) {
                count--;
            }
            if (s + width < sites && linked(s, s + width, compatible) && union(s, s + width)) {
                count--;
            }
        }
        return count;
    }

    private boolean linked(int a, int b, boolean compatible) {
        int o = overlap(a, b);
        return compatible ? o > 0 : o == features;
    }

    private int find(int s) {
        while (parent[s] != s) {
            parent[s] = parent[parent[s]];
            s = parent[s];
        }
        return s;
    }

    private boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (ra < rb) {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
        return true;
    }
}
