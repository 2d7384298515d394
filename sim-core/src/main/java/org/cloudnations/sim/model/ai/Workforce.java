package org.cloudnations.sim.model.ai;

/**
 * The individuals of the AI-economy model as struct-of-arrays columns (13 bytes each): skill, state
 * of residence, firm of an employee and labour form. A kernel writes only its own range.
 */
final class Workforce {
    /** The six labour forms of rows 4.6 and 4.7. */
    static final byte EMPLOYED = 0;
    static final byte GIG = 1;
    static final byte CROWD = 2;
    static final byte FREELANCE = 3;
    static final byte COMMUNITY = 4;
    static final byte UNEMPLOYED = 5;
    static final int FORMS = 6;
    /** Bytes of column storage per individual. */
    static final int BYTES = 4 + 4 + 4 + 1;

    final float[] skill;
    final int[] state;
    /** Firm of an employee, -1 otherwise. */
    final int[] firm;
    final byte[] form;

    Workforce(int size) {
        skill = new float[size];
        state = new int[size];
        firm = new int[size];
        form = new byte[size];
    }
}
