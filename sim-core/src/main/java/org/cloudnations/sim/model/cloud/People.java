package org.cloudnations.sim.model.cloud;

/**
 * The cloud model's codes and column names: the individuals' columns (30 bytes per individual:
 * {@code skill, digital, loyalty, wealth} as {@code float}, {@code residence, unit, e_residency}
 * as {@code int}, {@code kind, flags} as {@code byte}) and the columns of the states, firms,
 * communities and global tables that its rules share. A pass writes only the rows of its range.
 */
final class People {
    static final byte EMPLOYED = 0;
    static final byte JOB_SEEKER = 1;
    static final byte COMMUNITY = 2;
    static final byte CROWD = 3;
    /** Flag bit of {@link #FLAGS}: lives in the capital. */
    static final byte CAPITAL = 1;
    /** Flag bit of {@link #FLAGS}: employed as a hired top contributor, paid the premium. */
    static final byte TOP = 2;

    // individuals
    static final String SKILL = "skill";
    static final String DIGITAL = "digital";
    static final String LOYALTY = "loyalty";
    static final String WEALTH = "wealth";
    static final String RESIDENCE = "residence";
    /** Firm of an employee, community of a member, -1 otherwise. */
    static final String UNIT = "unit";
    /** State of e-residency, -1 for none; only community members hold one (C9). */
    static final String E_RESIDENCY = "e_residency";
    /** {@link #EMPLOYED}, {@link #JOB_SEEKER}, {@link #COMMUNITY} or {@link #CROWD}. */
    static final String KIND = "kind";
    /** Flags: {@link #CAPITAL}, {@link #TOP}. */
    static final String FLAGS = "flags";

    // states
    static final String PRODUCTIVITY = "productivity";
    /** Policy ordinal ({@link Policy}). */
    static final String POLICY = "policy";
    static final String FIRST_FIRM = "first_firm";
    static final String FIRM_COUNT = "firm_count";
    static final String TAX = "tax";
    static final String LEAGUE = "league";
    static final String LABOUR_FACTOR = "labour_factor";
    static final String CLOUD_TAX = "cloud_tax";
    static final String EXIT_COST = "exit_cost";
    static final String PUBLIC_GOOD = "public_good";
    /** The OFFSHORE states' ids in its first {@link #OFFSHORE_COUNT} rows. */
    static final String OFFSHORE_LIST = "offshore_list";
    static final String STATE_GAIN = "state_gain";
    static final String MEAN_GAIN = "mean_gain";
    static final String POPULATION = "population";
    static final String EMPLOYEES = "employees";
    static final String INTEGRATING_EMPLOYEES = "integrating_employees";
    static final String SEEKERS = "seekers";
    static final String CROWD_WORKERS = "crowd";
    static final String VOICE = "voice";
    static final String E_RESIDENTS = "e_residents";
    static final String CLOUD_RESIDENTS = "cloud_residents";
    static final String TAX_REVENUE = "tax_revenue";
    static final String GDP = "gdp";
    static final String CLOUD_ASSETS = "cloud_assets";
    static final String POWER = "power";

    // firms
    static final String STATE = "state";
    static final String INTEGRATING = "integrating";
    /** 1 for an integrating firm, 0 otherwise: {@link #INTEGRATING} as numbers, for arithmetic. */
    static final String INTEGRATING_WEIGHT = "integrating_weight";

    // communities
    static final String CAPABILITY = "capability";
    static final String RARITY = "rarity";
    static final String MACHINE = "machine";
    static final String MEMBERS = "members";
    static final String OUTPUT = "output";
    static final String PHI = "phi";
    static final String CDF = "cdf";
    static final String INFLUENCE = "influence";
    static final String AUTOMATED = "automated";

    // global
    static final String MEAN_SKILL = "mean_skill";
    static final String CRISIS_LEFT = "crisis_left";
    static final String CRISIS_MULTIPLIER = "crisis_multiplier";
    static final String CLOUD_CRISIS_MULTIPLIER = "cloud_crisis_multiplier";
    static final String OFFSHORE_COUNT = "offshore_count";
    static final String CROWD_DEMAND = "crowd_demand";
    static final String COMMONS = "commons";
    static final String ELITE = "elite";
    static final String ELITE_TRANSFER = "elite_transfer";
    /** How many applicants (C12) the labour market collected this tick. */
    static final String APPLICANTS = "applicants";

    private People() {
    }
}
