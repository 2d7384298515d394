package org.cloudnations.sim.model.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.StreamUse;
import org.junit.jupiter.api.Test;

/**
 * Regression test of issue 13: the vote's common and state shocks were drawn from the key (vote
 * stream, tick, id 0..S) and individual i's benefit noise from the same key at id i, so
 * individuals 0 to S reused the vote shocks as their own noise (individual 0's noise was the
 * common shock, individual s + 1's the shock of state s).
 */
class StreamCollisionTest {
    @Test
    void theProposalAndTheIndividualsNoiseAreDeclaredAsTwoStreams() {
        List<StreamUse> uses = new WeightedVote().streams();
        Set<Integer> numbers = uses.stream().map(StreamUse::number).collect(Collectors.toSet());
        assertEquals(2, numbers.size(), "the proposal's shocks and the individuals' noise need two streams: " + uses);
        assertEquals(Set.of(WeightedVote.STREAM, WeightedVote.NOISE_STREAM), numbers);
    }

    @Test
    void individualNoiseIsNotAVoteShock() {
        int states = 30;
        for (long seed = 1; seed <= 5; seed++) {
            for (long tick = 1; tick <= 20; tick++) {
                long proposal = CounterRandom.streamKey(seed, tick, WeightedVote.STREAM);
                long noise = CounterRandom.streamKey(seed, tick, WeightedVote.NOISE_STREAM);
                // id 0: the common shock z_t; id s + 1: the shock eta_(s,t) of state s
                for (long id = 0; id <= states; id++) {
                    assertNotEquals(CounterRandom.gaussian(proposal, id, 0), CounterRandom.gaussian(noise, id, 0),
                            "seed " + seed + ", tick " + tick + ": individual " + id + "'s noise is a vote shock");
                }
            }
        }
    }

    @Test
    void theOldCollisionDeclaredHonestlyIsRefusedNamingBothUses() {
        Rule old = new Rule() {
            @Override
            public String name() {
                return "vote";
            }

            @Override
            public String phase() {
                return "individuals";
            }

            @Override
            public List<StreamUse> streams() {
                return List.of(new StreamUse(WeightedVote.STREAM, "common and state benefits"),
                        new StreamUse(WeightedVote.STREAM, "individual benefits"));
            }

            @Override
            public RuleStep bind(Assembly a) {
                return context -> { };
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.of("old-governance", List.of(old)));
        assertTrue(e.getMessage().contains("common and state benefits")
                && e.getMessage().contains("individual benefits"), e.getMessage());
        RuleSet.of("governance", GovernanceModel.RULES.rules()); // today's rules pass the same check
    }
}
