package org.cloudnations.sim.model.cloud;

/**
 * Individuals of the cloud model as struct-of-arrays columns (34 bytes per individual). A kernel
 * writes only the entries of its own range.
 */
final class People {
    static final byte EMPLOYED = 0;
    static final byte JOB_SEEKER = 1;
    static final byte COMMUNITY = 2;
    static final byte CROWD = 3;
    /** Flag bit of {@link #capital}: lives in the capital. */
    static final byte CAPITAL = 1;
    /** Flag bit of {@link #capital}: employed as a hired top contributor, paid the premium. */
    static final byte TOP = 2;
    /** Bytes of column storage per individual. */
    static final int BYTES = 4 * 4 + 3 * 4 + 2;

    final int size;
    final float[] skill;
    final float[] digital;
    final float[] loyalty;
    final float[] wealth;
    final int[] residence;
    /** Firm of an employee, community of a member, -1 otherwise. */
    final int[] unit;
    /** State of e-residency, -1 for none. */
    final int[] eResidency;
    final byte[] kind;
    /** Flags: {@link #CAPITAL}, {@link #TOP}. */
    final byte[] capital;

    People(int size) {
        this.size = size;
        skill = new float[size];
        digital = new float[size];
        loyalty = new float[size];
        wealth = new float[size];
        residence = new int[size];
        unit = new int[size];
        eResidency = new int[size];
        kind = new byte[size];
        capital = new byte[size];
        java.util.Arrays.fill(eResidency, -1);
    }
}
