package org.cloudnations.sim.param;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean" suggestions. */
class NamesTest {
    private static final List<String> KNOWN = List.of("digital_access", "skill_sigma", "loyalty_mean",
            "moving_cost", "tax_rate", "cloud_tax_rate");

    @Test
    void distanceIsLevenshtein() {
        assertEquals(0, Names.distance("abc", "abc"));
        assertEquals(3, Names.distance("", "abc"));
        assertEquals(3, Names.distance("kitten", "sitting"));
        assertEquals(1, Names.distance("digital_acess", "digital_access"));
        assertEquals(2, Names.distance("ab", "ba"));
    }

    @Test
    void closestFindsTyposOnly() {
        assertEquals(Optional.of("digital_access"), Names.closest("digital_acess", KNOWN));
        assertEquals(Optional.of("digital_access"), Names.closest("DIGITAL_ACCESS", KNOWN));
        assertEquals(Optional.of("tax_rate"), Names.closest("tax_rat", KNOWN));
        assertEquals(Optional.of("cloud_tax_rate"), Names.closest("cloud-tax-rate", KNOWN));
        assertEquals(Optional.empty(), Names.closest("temperature", KNOWN));
        assertEquals(Optional.empty(), Names.closest("x", List.of()));
    }

    @Test
    void toleranceGrowsWithLength() {
        // at least 2 edits, else a third of the length
        assertEquals(Optional.of("abcd"), Names.closest("abxy", List.of("abcd")));
        assertEquals(Optional.empty(), Names.closest("axyz", List.of("abcd")));
        assertEquals(Optional.of("abcdefghijkl"), Names.closest("abcdefghiXYZ", List.of("abcdefghijkl")));
        assertEquals(Optional.empty(), Names.closest("abcdefgVWXYZ", List.of("abcdefghijkl")));
    }

    @Test
    void unknownMessage() {
        assertEquals("unknown scenario 'basline'; did you mean 'baseline'? Known: baseline, squeeze",
                Names.unknown("scenario", "basline", List.of("baseline", "squeeze")));
        // without a suggestion there is no separator before "Known:" (the current format)
        assertEquals("unknown scenario 'xyzzy'. Known: baseline, squeeze",
                Names.unknown("scenario", "xyzzy", List.of("baseline", "squeeze")));
    }
}
