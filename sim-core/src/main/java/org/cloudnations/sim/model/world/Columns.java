package org.cloudnations.sim.model.world;

import org.cloudnations.sim.model.cloud.Policy;

/**
 * The world's codes and the column names its rules share. Individuals: {@code skill, loyalty}
 * ({@code float}), {@code home, unit} ({@code int}), {@code form} ({@code byte}): 17 bytes each.
 */
final class Columns {
    /** Labour form: employed by firm {@code unit}. */
    static final byte EMPLOYED = 0;
    /** Labour form: gig work (physical, AI-assisted). */
    static final byte GIG = 1;
    /** Labour form: crowd micro-work on platforms. */
    static final byte CROWD = 2;
    /** Labour form: freelance work with AI tools. */
    static final byte FREELANCE = 3;
    /** Labour form: contributor of cloud community {@code unit}. */
    static final byte COMMUNITY = 4;
    /** Labour form: unemployed. */
    static final byte UNEMPLOYED = 5;
    /** Number of labour forms. */
    static final int FORMS = 6;

    /** AI source of a firm: none. */
    static final byte SOURCE_NONE = 0;
    /** AI source: a model the firm owns. */
    static final byte SOURCE_OWNED = 1;
    /** AI source: a licensed closed model. */
    static final byte SOURCE_LICENSED = 2;
    /** AI source: an open model (the community's or an open lab's). */
    static final byte SOURCE_OPEN = 3;
    /** AI source: the states' public model. */
    static final byte SOURCE_PUBLIC = 4;

    /** Policy ordinals of the cloud model's {@link Policy}, as the states' {@code policy} column holds them. */
    static final int SQUEEZE = Policy.SQUEEZE.ordinal();
    /** OFFSHORE. */
    static final int OFFSHORE = Policy.OFFSHORE.ordinal();
    /** LEAGUE. */
    static final int LEAGUE = Policy.LEAGUE.ordinal();

    // individuals
    static final String SKILL = "skill";
    static final String LOYALTY = "loyalty";
    static final String HOME = "home";
    static final String UNIT = "unit";
    static final String FORM = "form";

    // states (policy, population and tax_revenue are the cloud model's names, read by its imitation rule)
    static final String PRODUCTIVITY = "productivity";
    static final String POLICY = "policy";
    static final String POPULATION = "population";
    static final String TAX_REVENUE = "tax_revenue";
    static final String OUTPUT_LOSS = "output_loss";
    static final String WAGE = "wage";
    static final String JOB_FINDING = "job_finding";
    static final String MEMBERS = "members";
    static final String HOME_INCOME = "home_income";
    static final String GDP = "gdp";
    static final String POWER = "power";
    static final String CHARTER = "charter";
    static final String CLOUD_TAX_RATE = "cloud_tax_rate";

    // firms
    static final String STATE = "state";
    static final String INTEGRATING = "integrating";
    static final String CAPABILITY = "capability";
    static final String SOURCE = "source";
    static final String AUTOMATION = "automation";
    static final String DISPLACEMENT = "displacement";
    static final String EMPLOYEES = "employees";
    static final String LABOUR = "labour";
    static final String OUTPUT = "output";

    // communities
    static final String TYPE = "type";
    static final String SKILL_SUM = "skill_sum";
    static final String PRICE = "price";

    // teams (the AI economy's columns)
    static final String HOME_STATE = "home";
    static final String OWNER_KIND = "owner_kind";
    static final String OPEN = "open";
    static final String EXISTS = "exists";
    static final String USERS = "users";
    static final String AGENTS = "agents";

    // global
    static final String CONTRIBUTOR_SKILL = "contributor_skill";
    static final String COMMONS = "commons";
    static final String TOOLS = "tools";
    static final String OPEN_TOOLS = "open_tools";
    static final String CROWD_PAY = "crowd_pay";
    static final String FIRM_AGENTS = "firm_agents";
    static final String PLATFORM_AGENTS = "platform_agents";
    static final String MACHINE_AGENTS = "machine_agents";
    static final String MACHINE_OUTPUT = "machine_output";
    static final String AUTOMATED_VALUE = "automated_value";
    static final String COMMUNITY_VALUE = "community_value";
    static final String CLOUD_TAX_CAP = "cloud_tax_cap";

    private Columns() {
    }
}
