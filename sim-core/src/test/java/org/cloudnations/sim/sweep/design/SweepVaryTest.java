package org.cloudnations.sim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.ToyModel;
import org.cloudnations.sim.sweep.run.SweepSpec;
import org.junit.jupiter.api.Test;

class SweepVaryTest {
    private static String error(String arg) {
        return assertThrows(ConfigurationException.class, () -> Vary.parse(arg, ToyModel.PARAMETERS)).getMessage();
    }

    @Test
    void parsesRangesWithDecimalLevels() {
        Vary v = Vary.parse("a=0.1:0.9:5", ToyModel.PARAMETERS);
        assertTrue(v.isRange());
        assertEquals(5, v.levelCount());
        assertEquals(List.of("0.1", "0.3", "0.5", "0.7", "0.9"),
                List.of(v.level(0, 5), v.level(1, 5), v.level(2, 5), v.level(3, 5), v.level(4, 5)));
        assertEquals("0.1", v.atUnit(0));
        assertEquals("0.9", v.atUnit(1));
        assertEquals(Vary.DEFAULT_LEVELS, Vary.parse("a=0:1", ToyModel.PARAMETERS).levelCount());
    }

    @Test
    void wholeNumberRangesGiveEveryNumberEqualMass() {
        Vary v = Vary.parse("b=1:4", ToyModel.PARAMETERS);
        assertEquals("1", v.atUnit(0.0));
        assertEquals("1", v.atUnit(0.2499));
        assertEquals("2", v.atUnit(0.25));
        assertEquals("4", v.atUnit(1.0));
        assertEquals(List.of("1", "2", "3", "4"), List.of(v.level(0, 4), v.level(1, 4), v.level(2, 4), v.level(3, 4)));
    }

    @Test
    void parsesListsOfAnyType() {
        Vary v = Vary.parse("mode=x,Z", ToyModel.PARAMETERS);
        assertFalse(v.isRange());
        assertEquals(List.of("x", "z"), v.values());
        assertEquals("z", v.atUnit(0.99));
        assertEquals(List.of("0.25", "1.0"), Vary.parse("a=.25,1", ToyModel.PARAMETERS).values());
    }

    /** Issue 21: {@code --vary moving_cost=0.3} was an internal error ("level 0 of 1") in every design. */
    @Test
    void aOneValueListIsAFixedParameterInEveryDesign() {
        Vary one = Vary.parse("a=0.3", ToyModel.PARAMETERS);
        assertFalse(one.isRange());
        assertEquals(1, one.levelCount());
        assertEquals("0.3", one.level(0, 1));
        assertEquals("0.3", one.level(3, 4), "Morris levels of a one-value list");
        assertEquals("0.3", one.atUnit(0.99));
        Vary b = Vary.parse("b=1:4", ToyModel.PARAMETERS);
        for (DesignKind kind : DesignKind.values()) {
            Design d = Designs.create(kind, List.of(b, one), kind.needsSamples() ? 3 : 0,
                    kind == DesignKind.MORRIS ? 4 : 0, 1, ToyModel.PARAMETERS.resolve(java.util.Map.of()).asText(),
                    SweepSpec.MAX_RUNS);
            for (int p = 0; p < d.points(); p++) {
                assertEquals("0.3", d.point(p)[1], kind + " point " + p);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Vary.parse("a=0.3,0.5", ToyModel.PARAMETERS).level(0, 1),
                "one level of a two-value list");
    }

    @Test
    void rejectsBadInputWithOneLineMessages() {
        assertEquals("vary aa=0:1: unknown parameter 'aa'; did you mean 'a'? Known: a, b, mode, fail_above",
                error("aa=0:1"));
        assertEquals("vary a: expected NAME=LO:HI[:N] or NAME=V1,V2,...", error("a"));
        assertEquals("vary a=0:1.5: parameter 'a': value 1.5 is out of range; allowed: a real number from 0 to 1",
                error("a=0:1.5"));
        assertEquals("vary a=0.5:0.5: the range is empty: LO must be less than HI (for a fixed value use set "
                + "a=VALUE, or the one-value list vary a=VALUE to keep it in the sweep's key)", error("a=0.5:0.5"));
        assertEquals("vary a=0:1:1: levels N '1' is not allowed; allowed: a whole number from 2 to 100000 (for a "
                + "fixed value use set a=VALUE, or the one-value list vary a=VALUE to keep it in the sweep's key)",
                error("a=0:1:1"));
        assertEquals("vary a=0:1:x: levels N 'x' is not allowed; allowed: a whole number from 2 to 100000",
                error("a=0:1:x"));
        assertEquals("vary b=1:3:4: 4 levels do not fit in 3 whole numbers; allowed: 2 to 3", error("b=1:3:4"));
        assertEquals("vary mode=x:z: a range needs a numeric parameter and 'mode' is one of x, y, z; list values "
                + "instead, e.g. mode=V1,V2", error("mode=x:z"));
        assertEquals("vary a=0.1,0.1: value 0.1 is listed twice", error("a=0.1,0.1"));
        assertEquals("vary a=0:: a value is missing; expected NAME=LO:HI[:N] or NAME=V1,V2,...", error("a=0:"));
        assertEquals("vary a=0:1:2:3: expected NAME=LO:HI or NAME=LO:HI:N", error("a=0:1:2:3"));
        assertTrue(error("a=x:1").contains("'x' is not a number"));
        for (String bad : List.of("aa=0:1", "a", "a=0:1.5", "mode=x:z")) {
            assertFalse(error(bad).contains("\n"), bad);
        }
    }
}
