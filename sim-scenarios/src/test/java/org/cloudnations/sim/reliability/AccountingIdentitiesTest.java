package org.cloudnations.sim.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cloudnations.sim.engine.Invariant;
import org.cloudnations.sim.engine.InvariantViolationException;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accounting identities of every model (docs/reliability.md, table "Invariants and identities
 * per model"): each scenario runs at its defaults on a small population with checks on, and each
 * identity fails, naming its rule, when a rule added after the owner unbalances the account it
 * reads.
 */
class AccountingIdentitiesTest {
    /** Every scenario at its defaults, 1000 individuals, 40 ticks, two threads: every identity holds. */
    @ParameterizedTest
    @MethodSource("scenarios")
    void everyIdentityHoldsAtTheDefaults(String scenario) {
        Scenario s = Scenarios.get(scenario);
        Map<String, String> small = s.parameters().names().contains("individuals") ? Map.of("individuals", "1000")
                : Map.of();
        Runner.run(s.configure(small, 3, 40, 2).withCheck(true));
    }

    static List<String> scenarios() {
        return Scenarios.catalog().all().stream().map(Scenario::name).toList();
    }

    /** The identities each model declares, by rule (the table of docs/reliability.md). */
    @Test
    void eachModelDeclaresItsIdentities() {
        assertDeclares("exit", "exit-choice: net income + taxes credited to the home states = gross income "
                + "(to 1e-9 of the largest term plus 2^-24 per tallied value)");
        assertDeclares("baseline", "cloud-incomes: net income = home gross income + community gross income - taxes "
                + "+ benefits + elite transfer (to 1e-9 of the largest term plus 2^-24 per tallied value)");
        assertDeclares("baseline", "cloud-incomes: community gross income by taxing state = community output by "
                + "community (to 1e-9 of the largest term)");
        assertDeclares("value-paradox", "ai-demand: market output = labour income + capital income of firms and "
                + "platforms + fee income of models not owned by firms (to 1e-9 of the largest term)");
        assertDeclares("baseline", "cloud-incomes: wealth grows by the saving rate times net income "
                + "(to 2^-23 of the largest term plus 2^-24 per tallied value)");
        assertDeclares("value-paradox", "ai-demand: the states' capital income sums to the firms' capital income "
                + "(to 1e-9 of the largest term)");
        assertDeclares("value-paradox", "ai-demand: the states' revenue = labour tax + capital tax + fee income of "
                + "models not owned by firms (to 1e-9 of the largest term)");
        assertDeclares("world", "world-accounts: the states' output sums to the firms' output plus home income "
                + "(to 1e-9 of the largest term)");
        assertDeclares("world", "world-accounts: every firm's wage bill equals the labour share (1 - I_f) Y_f of "
                + "its output, and is below it when its labour is below 1 (to 1e-9 of the output)");
        assertDeclares("risk-pool", "risk-pool: the pool's fund = contributions - payouts "
                + "(to 1e-9 of the largest term)");
        assertDeclares("risk-pool", "risk-pool: the pool's fund is not negative");
        assertDeclares("risk-pool", "incomes: income = gross income - pool levy - credit levy + credits "
                + "redeemed (to 1e-9 of the largest term plus 2^-24 per tallied value)");
    }

    private static void assertDeclares(String scenario, String ownerAndName) {
        Scenario s = Scenarios.get(scenario);
        RunConfig c = s.configure(Map.of(), 1, 1, 1);
        try (ParallelLoop loop = new ParallelLoop(1, 1 << 14)) {
            List<String> names = s.model().instantiate(c.parameters(), 1, loop).invariants().stream()
                    .map(i -> i.owner() + ": " + i.name()).toList();
            assertTrue(names.contains(ownerAndName), scenario + " declares " + names);
        }
    }

    /**
     * A rule that runs after the model's rules and changes one of its columns every tick: an account
     * that leaks. {@code binder} finds the column and returns the change.
     */
    private record Leak(Function<Assembly, Runnable> binder) implements Rule {
        @Override
        public String name() {
            return "leak";
        }

        @Override
        public String phase() {
            return "accounts";
        }

        @Override
        public RuleStep bind(Assembly a) {
            Runnable change = binder.apply(a);
            return context -> change.run();
        }
    }

    /** @return a leak adding {@code amount} to row 0 of a column of doubles */
    private static Leak adding(String table, String column, double amount) {
        return new Leak(a -> {
            double[] values = a.table(table).doubles(column);
            return () -> values[0] += amount;
        });
    }

    private static InvariantViolationException leaking(String scenario, Leak leak) {
        Scenario s = Scenarios.get(scenario).withRule(scenario + "-leaking", "with a leak", leak);
        Map<String, String> small = s.parameters().names().contains("individuals") ? Map.of("individuals", "500")
                : Map.of();
        return assertThrows(InvariantViolationException.class,
                () -> Runner.run(s.configure(small, 1, 5, 1).withCheck(true)));
    }

    @Test
    void exitTaxesNotCreditedBreakTheIncomeAccount() {
        Scenario leaky = Scenarios.get("exit").withRule("exit-leaking", "with a tax leak", new TaxLeak());
        Runner.run(leaky.configure(Map.of("individuals", "500"), 1, 5, 1).withCheck(true)); // leak 0: balanced
        InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> Runner.run(
                leaky.configure(Map.of("individuals", "500", "leak", "1e-3"), 1, 5, 1).withCheck(true)));
        assertEquals("exit-choice", e.owner());
        assertTrue(e.invariant().startsWith("net income + taxes credited to the home states = gross income"),
                e.invariant());
        assertEquals(0, e.tick());
    }

    @Test
    void cloudTaxesAndCommunityOutputOutOfStepBreakTheirAccounts() {
        InvariantViolationException tax = leaking("baseline", adding("states", "tax_revenue", 1.0));
        assertEquals("cloud-incomes", tax.owner());
        assertTrue(tax.invariant().startsWith("net income = home gross income"), tax.invariant());
        InvariantViolationException output = leaking("baseline", adding("communities", "output", 1.0));
        assertTrue(output.invariant().startsWith("community gross income by taxing state"), output.invariant());
    }

    @Test
    void wealthThatGrowsByMoreThanSavingBreaksTheSavingAccount() {
        InvariantViolationException e = leaking("baseline", new Leak(a -> {
            float[] wealth = a.table("individuals").floats("wealth");
            return () -> wealth[0] += 1.0f;
        }));
        assertEquals("cloud-incomes", e.owner());
        assertEquals("wealth grows by the saving rate times net income (to 2^-23 of the largest term plus 2^-24 per "
                + "tallied value)", e.invariant());
    }

    @Test
    void aiProfitsRevenueOrStateProfitsOutOfStepBreakTheirAccounts() {
        InvariantViolationException profit = leaking("value-paradox", adding("firms", "profit", 1.0));
        assertEquals("ai-demand", profit.owner());
        assertTrue(profit.invariant().startsWith("market output = labour income"), profit.invariant());
        InvariantViolationException states = leaking("value-paradox", adding("states", "profit", 1.0));
        assertTrue(states.invariant().startsWith("the states' capital income sums"), states.invariant());
        InvariantViolationException revenue = leaking("value-paradox", adding("states", "revenue", 1.0));
        assertTrue(revenue.invariant().startsWith("the states' revenue = labour tax"), revenue.invariant());
    }

    @Test
    void worldOutputOrWagesOutOfStepBreakTheirAccounts() {
        InvariantViolationException gdp = leaking("world", adding("states", "gdp", 1.0));
        assertEquals("world-accounts", gdp.owner());
        assertTrue(gdp.invariant().startsWith("the states' output sums"), gdp.invariant());
        InvariantViolationException wage = leaking("world", adding("firms", "wage", 1.0));
        assertTrue(wage.invariant().startsWith("every firm's wage bill"), wage.invariant());
    }

    @Test
    void aGovernanceLevyChangedAfterTheIncomesBreaksTheIncomeAccount() {
        InvariantViolationException e = leaking("risk-pool", adding("states", "levy", 0.5));
        assertEquals("incomes", e.owner());
        assertTrue(e.invariant().startsWith("income = gross income - pool levy"), e.invariant());
    }

    /** The names of the declared invariants are what the checking mode reports. */
    @Test
    void invariantNamesAreWhatTheReportNames() {
        assertEquals("a (to 1e-9 of the largest term)",
                new Invariant("r", "a (to 1e-9 of the largest term)", () -> true).name());
    }
}
