package org.cloudnations.sim.rule;

import org.cloudnations.sim.engine.Accumulator;

/**
 * How closely an accounting identity must balance: its signed terms must sum to zero within
 * {@code relative} times the largest term (floating-point rounding of sums over few agents) plus
 * {@code 2^-24} per term a tally of the individual pass truncated (the {@link Accumulator}'s
 * fixed-point unit: each value added to a tally loses less than one unit).
 *
 * <p>Examples: {@code Tolerance.rounding()} for an identity among sums of doubles over firms or
 * states; {@code Tolerance.tallied(3L * n)} for one among three tallies of the individual pass over
 * {@code n} individuals.
 *
 * @param relative the relative tolerance, at least 0 and below 1, e.g. {@value #ROUNDING}
 * @param talliedTerms how many values the identity's tallies truncated (0 for none)
 */
public record Tolerance(double relative, long talliedTerms) {
    /**
     * The relative tolerance of every shipped identity: sums of at most some thousands of doubles
     * round by at most about {@code 1e-13} of their largest term, so {@code 1e-9} is generous, while a
     * leak of one term (a tax not credited, a payment counted twice) is caught down to a
     * billionth of the largest term.
     */
    public static final double ROUNDING = 1e-9;

    /**
     * The relative tolerance of an identity over a column stored as {@code float} (e.g. wealth):
     * every stored value is rounded to the nearest float, within half an ulp, {@code 2^-24} of
     * itself; one ulp, {@code 2^-23}, leaves room for the rounding of the sums.
     */
    public static final double FLOAT_STORAGE = 0x1p-23;

    /** The fixed-point unit of the tallies, {@code 2^-24}. */
    public static final double TALLY_UNIT = 1.0 / Accumulator.SCALE;

    /**
     * Validates the fields.
     *
     * @param relative see {@link #relative()}
     * @param talliedTerms see {@link #talliedTerms()}
     */
    public Tolerance {
        if (!(relative >= 0 && relative < 1)) {
            throw new IllegalArgumentException("relative tolerance " + relative + " is not in [0, 1)");
        }
        if (talliedTerms < 0) {
            throw new IllegalArgumentException("tallied terms " + talliedTerms + " is negative");
        }
    }

    /** @return {@link #ROUNDING} of the largest term, no tallies */
    public static Tolerance rounding() {
        return new Tolerance(ROUNDING, 0);
    }

    /**
     * @param terms how many values the identity's tallies truncated, e.g. 3 n for three tallies over
     *              n individuals
     * @return {@link #ROUNDING} of the largest term plus {@link #TALLY_UNIT} per tallied term
     */
    public static Tolerance tallied(long terms) {
        return new Tolerance(ROUNDING, terms);
    }

    /**
     * @param terms the identity's signed terms (e.g. income, minus gross, plus taxes)
     * @return whether they are all finite and sum to zero within this tolerance
     */
    public boolean balances(double... terms) {
        double sum = 0;
        double largest = 0;
        for (double t : terms) {
            if (!Double.isFinite(t)) {
                return false;
            }
            sum += t;
            largest = StrictMath.max(largest, StrictMath.abs(t));
        }
        return StrictMath.abs(sum) <= relative * largest + talliedTerms * TALLY_UNIT;
    }

    /**
     * @param terms how many values the identity's tallies truncated
     * @return {@link #FLOAT_STORAGE} of the largest term plus {@link #TALLY_UNIT} per tallied term
     */
    public static Tolerance floatStorage(long terms) {
        return new Tolerance(FLOAT_STORAGE, terms);
    }

    /** @return the tolerance in words, e.g. {@code to 1e-9 of the largest term} */
    @Override
    public String toString() {
        String r = relative == ROUNDING ? "1e-9" : relative == FLOAT_STORAGE ? "2^-23" : String.valueOf(relative);
        return "to " + r + " of the largest term" + (talliedTerms > 0 ? " plus 2^-24 per tallied value" : "");
    }
}
