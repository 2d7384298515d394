package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.TOP_HIRE_RATE;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (C12) Capacity-limited hiring of top contributors, settled sequentially in a deterministic
 * order: the applicants that {@link LabourMarket} collected this tick, highest skill first (ties by
 * id), are hired while their state has vacancies, {@code floor(top_hire_rate E^X_s)} for last
 * tick's employees {@code E^X_s} of its integrating firms, each by the next integrating firm of the
 * state in turn. A hire becomes an employee with the TOP flag and gives up its e-residency.
 *
 * <p>It is a pass over individuals without per-individual work, so that it sits in the same pass
 * as {@link LabourMarket} and its {@link IndividualPass#finish} sees the ids collected there (it
 * must follow that rule with no sequential rule between them). It runs after the incomes of the
 * tick were tallied, as before the rules were split.
 *
 * <p>Reads {@code individuals.skill, residence}, {@code states.integrating_employees, first_firm,
 * firm_count}, {@code firms.integrating}, {@code global.applicants} (to check that it shares the pass
 * of {@link LabourMarket}); writes {@code individuals.kind, unit, e_residency, flags}.
 */
public final class TopHiring implements Rule {
    static final MetricSpec TOP_HIRES = MetricSpec.nonNegative("top_hires", "individuals/tick",
            "top contributors hired by integrating firms");

    @Override
    public String name() {
        return "cloud-top-hiring";
    }

    @Override
    public String phase() {
        return "hiring";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(TOP_HIRE_RATE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(TOP_HIRES);
    }

    /**
     * Binds the columns.
     *
     * @param a the run being assembled
     * @return the hiring (C12), in the finish of the pass
     */
    @Override
    public RuleStep bind(Assembly a) {
        return new Hiring(a);
    }

    /** The bound rule. */
    private static final class Hiring implements IndividualPass, RuleState {
        private final float[] skill;
        private final int[] residence;
        private final byte[] kind;
        private final int[] unit;
        private final int[] eResidency;
        private final byte[] flags;
        private final long[] integratingEmp;
        private final int[] firstFirm;
        private final int[] firmCount;
        private final boolean[] integrating;
        private final int[] collectedByLabourMarket;
        private final double rate;
        private long topHires;

        Hiring(Assembly a) {
            Table people = a.table(Tables.INDIVIDUALS);
            Table states = a.table(Tables.STATES);
            skill = people.floats(People.SKILL);
            residence = people.ints(People.RESIDENCE);
            kind = people.bytes(People.KIND);
            unit = people.ints(People.UNIT);
            eResidency = people.ints(People.E_RESIDENCY);
            flags = people.bytes(People.FLAGS);
            integratingEmp = states.longs(People.INTEGRATING_EMPLOYEES);
            firstFirm = states.ints(People.FIRST_FIRM);
            firmCount = states.ints(People.FIRM_COUNT);
            integrating = a.table(Tables.FIRMS).booleans(People.INTEGRATING);
            collectedByLabourMarket = a.table(Tables.GLOBAL).ints(People.APPLICANTS);
            rate = a.parameters().getDouble("top_hire_rate");
            a.metric(TOP_HIRES, () -> topHires);
        }

        @Override
        public void step(TickContext context) {
        }

        @Override
        public void apply(int from, int to, Accumulator tally) {
        }

        @Override
        public void finish(Accumulator tally) {
            int[] applicants = tally.collected(); // ascending ids
            if (applicants.length != collectedByLabourMarket[0]) {
                throw new IllegalStateException("rule cloud-top-hiring must run in the same pass over individuals as "
                        + "cloud-labour-market (no sequential rule between them): it saw " + applicants.length
                        + " of the " + collectedByLabourMarket[0] + " applicants");
            }
            topHires = 0;
            if (applicants.length == 0) {
                return;
            }
            // highest skill first, ties by id: independent of threads and chunking. Skills are positive
            // floats, whose bits order like their values, so one primitive key per applicant sorts them
            // (no boxed comparator): high 32 bits the skill's bits counted down, low 32 bits the id.
            long[] keys = new long[applicants.length];
            for (int k = 0; k < keys.length; k++) {
                int i = applicants[k];
                keys[k] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(skill[i])) << 32) | i;
            }
            Arrays.sort(keys);
            int states = firstFirm.length;
            long[] vacancies = new long[states];
            int[] nextFirm = new int[states];
            for (int s = 0; s < states; s++) {
                vacancies[s] = (long) Math.floor(rate * integratingEmp[s]);
                nextFirm[s] = firstFirm[s];
            }
            for (long key : keys) {
                int i = (int) key;
                int s = residence[i];
                if (vacancies[s] <= 0) {
                    continue;
                }
                int f = nextIntegratingFirm(s, nextFirm);
                if (f < 0) {
                    vacancies[s] = 0;
                    continue;
                }
                vacancies[s]--;
                kind[i] = People.EMPLOYED;
                unit[i] = f;
                eResidency[i] = -1;
                flags[i] |= People.TOP;
                topHires++;
            }
        }

        private int nextIntegratingFirm(int s, int[] next) {
            for (int k = 0; k < firmCount[s]; k++) {
                int f = next[s];
                next[s] = f + 1 < firstFirm[s] + firmCount[s] ? f + 1 : firstFirm[s];
                if (integrating[f]) {
                    return f;
                }
            }
            return -1;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeLong(topHires);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            topHires = in.readLong();
        }
    }
}
