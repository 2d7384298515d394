package org.cloudnations.sim.population;

/**
 * The individuals of a run, stored as struct-of-arrays: one primitive column per attribute,
 * indexed by individual id {@code 0..size-1}. Loops over a column touch memory in order and
 * allocate nothing; the record of one individual costs {@value #BYTES_PER_INDIVIDUAL} bytes.
 *
 * <p>Columns are handed out directly to rule kernels for speed. A kernel writes only the entries
 * of the individuals in its own range (see
 * {@link org.cloudnations.sim.engine.IndividualKernel}).
 */
public final class Individuals {
    /** Bytes of column storage per individual. */
    public static final int BYTES_PER_INDIVIDUAL = 6 * 4;
    /** The value of {@link #community()} for someone in no community. */
    public static final int NO_COMMUNITY = -1;

    private final int size;
    private final float[] skill;
    private final float[] loyalty;
    private final float[] digital;
    private final int[] home;
    private final int[] community;
    private final float[] income;

    /**
     * Allocates zeroed columns; everyone starts in no community.
     *
     * @param size number of individuals
     */
    public Individuals(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("population size must be positive: " + size);
        }
        this.size = size;
        this.skill = new float[size];
        this.loyalty = new float[size];
        this.digital = new float[size];
        this.home = new int[size];
        this.community = new int[size];
        this.income = new float[size];
        java.util.Arrays.fill(community, NO_COMMUNITY);
    }

    /** @return number of individuals */
    public int size() {
        return size;
    }

    /** @return skill h (mean 1, heavy-tailed) */
    public float[] skill() {
        return skill;
    }

    /** @return loyalty to the home state, in income units */
    public float[] loyalty() {
        return loyalty;
    }

    /** @return digital access in [0, 1] */
    public float[] digital() {
        return digital;
    }

    /** @return home state index */
    public int[] home() {
        return home;
    }

    /** @return cloud community index, or {@link #NO_COMMUNITY} */
    public int[] community() {
        return community;
    }

    /** @return income in the last tick */
    public float[] income() {
        return income;
    }
}
