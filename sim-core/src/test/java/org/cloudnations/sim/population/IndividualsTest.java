package org.cloudnations.sim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Struct-of-arrays storage. */
class IndividualsTest {
    @Test
    void columnsHaveOneEntryPerIndividualAndStartOutsideCommunities() {
        Individuals p = new Individuals(1000);
        assertEquals(1000, p.size());
        assertEquals(1000, p.skill().length);
        assertEquals(1000, p.loyalty().length);
        assertEquals(1000, p.digital().length);
        assertEquals(1000, p.home().length);
        assertEquals(1000, p.income().length);
        assertEquals(1000, p.community().length);
        for (int c : p.community()) {
            assertEquals(Individuals.NO_COMMUNITY, c);
        }
        p.skill()[3] = 2f;
        assertEquals(2f, p.skill()[3], "columns are handed out directly");
    }

    @Test
    void storageStaysWithinTheDesignBudget() {
        // DESIGN.md: at most 64 bytes per individual; six 4-byte columns
        assertEquals(24, Individuals.BYTES_PER_INDIVIDUAL);
        assertTrue(Individuals.BYTES_PER_INDIVIDUAL <= 64);
    }

    @Test
    void sizeMustBePositive() {
        assertEquals("population size must be positive: 0",
                assertThrows(IllegalArgumentException.class, () -> new Individuals(0)).getMessage());
    }
}
