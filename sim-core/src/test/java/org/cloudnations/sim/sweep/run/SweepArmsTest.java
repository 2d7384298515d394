package org.cloudnations.sim.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.ToyModel;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Seeds;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.store.RunsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paired sweeps: every design point run in each arm with the point's seeds. */
class SweepArmsTest {
    @TempDir
    Path tmp;

    private static SweepSpec spec(String design, Map<String, String> fixed, List<Map<String, String>> arms,
                                  String... varies) {
        List<Vary> v = new ArrayList<>();
        for (String s : varies) {
            v.add(Vary.parse(s, ToyModel.PARAMETERS));
        }
        return new SweepSpec(ToyModel.scenario(), fixed, v, DesignKind.parse(design), design.equals("grid") ? 0 : 6,
                design.equals("morris") ? 4 : 0, 2, 5, 42, 1, 200, "test", arms);
    }

    private static final List<Map<String, String>> MODES = List.of(Map.of("mode", "y"), Map.of("mode", "x"));

    @Test
    void theArmsOfAPointShareItsContextAndSeedsAndDifferInTheirParameters() throws IOException {
        SweepPlan armed = SweepPlan.of(spec("lhs", Map.of(), MODES, "a=0:1", "b=1:10"));
        SweepPlan plain = SweepPlan.of(spec("lhs", Map.of(), List.of(), "a=0:1", "b=1:10"));
        assertEquals(6 * 2 * 2, armed.runs());
        assertEquals(List.of("run", "point", "replicate", "seed", "key", "a", "b", "mode", "status", "level",
                "noise", "message", "wall_seconds"), armed.header());
        for (int point = 0; point < 6; point++) {
            for (int rep = 0; rep < 2; rep++) {
                SweepPlan.RunPlan y = armed.run((point * 2) * 2 + rep);
                SweepPlan.RunPlan x = armed.run((point * 2 + 1) * 2 + rep);
                SweepPlan.RunPlan alone = plain.run(point * 2 + rep);
                // the same seed and context as the sweep without arms at this point and replicate
                assertEquals(alone.seed(), y.seed());
                assertEquals(alone.seed(), x.seed());
                assertEquals(Seeds.run(42, point, rep), x.seed());
                assertEquals(List.of(alone.values()), List.of(y.values()).subList(0, 2));
                assertEquals(List.of(alone.values()), List.of(x.values()).subList(0, 2));
                assertEquals("y", y.values()[2]);
                assertEquals("x", x.values()[2]);
                assertNotEquals(x.key(), y.key());
            }
        }
        assertNotEquals(plain.fingerprint(), armed.fingerprint());
        SweepRunner.run(armed, tmp, 2, false, SweepListener.NONE);
        List<double[]> rows = new ArrayList<>();
        RunsTable.open(tmp).forEach(r -> rows.add(new double[] {r.point(), r.seed()}));
        assertEquals(24, rows.size());
    }

    @Test
    void anArmMayLeaveAParameterAtItsValueWithoutArms() {
        SweepPlan plan = SweepPlan.of(spec("grid", Map.of("b", "3"), List.of(Map.of("a", "0.25", "mode", "z"),
                Map.of("mode", "y")), "fail_above=1.5,2"));
        // point 1 (fail_above = 2) in arm 0, then in arm 1, where a keeps its default 0.5
        assertEquals(List.of("2.0", "0.25", "z"), List.of(plan.run(2 * 2).values()));
        assertEquals(List.of("2.0", "0.5", "y"), List.of(plan.run(3 * 2).values()));
        assertEquals(plan.run(2 * 2).seed(), plan.run(3 * 2).seed());
    }

    private static String refusal(String design, Map<String, String> fixed, List<Map<String, String>> arms,
                                  String... varies) {
        return assertThrows(ConfigurationException.class, () -> spec(design, fixed, arms, varies)).getMessage();
    }

    @Test
    void armsThatDoNotFitAreRefusedWithTheArmAndWhatIsAllowed() {
        assertEquals("arm mode=y: a paired sweep needs at least two arms; allowed: arm repeated, e.g. arm "
                + "NAME=V1 arm NAME=V2", refusal("lhs", Map.of(), List.of(Map.of("mode", "y")), "a=0:1"));
        assertEquals("arm mode=y: 'mode' is also varied with vary; allowed: a parameter either in the arms or "
                + "varied", refusal("lhs", Map.of(), MODES, "mode=x,y"));
        assertEquals("arm mode=y: 'mode' is also set with set; allowed: a parameter either in the arms or set",
                refusal("lhs", Map.of("mode", "z"), MODES, "a=0:1"));
        assertEquals("arm: arms apply to grid, random and lhs designs; the sobol design computes indices from its "
                + "own points", refusal("sobol", Map.of(), MODES, "a=0:1"));
        assertEquals("arm: two arms are the same run; allowed: arms that differ in at least one value",
                refusal("lhs", Map.of(), List.of(Map.of("mode", "x"), Map.of("b", "2")), "a=0:1"));
        String unknown = refusal("lhs", Map.of(), List.of(Map.of("mod", "x"), Map.of("mode", "y")), "a=0:1");
        assertEquals("arm mod=x: unknown parameter 'mod'", unknown.substring(0, unknown.indexOf(';')));
    }
}
