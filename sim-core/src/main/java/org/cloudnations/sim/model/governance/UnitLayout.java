package org.cloudnations.sim.model.governance;

import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Parameters;

/**
 * (G1) The governance units of one run as rows of the {@value #UNITS} table: states
 * {@code 0..S-1}, then cities, communities and DAOs. Also names the model's own tables.
 *
 * @param states S
 * @param cities S times cities per state
 * @param communities K
 * @param daos D
 */
record UnitLayout(int states, int cities, int communities, int daos) {
    /** The governance units' table: members, weight, power per member, contribution. */
    static final String UNITS = "units";
    /** The cultures' table: one row per individual and feature ({@code i F + f}). */
    static final String CULTURES = "cultures";
    /** The information sources' table: quality, followers, recommender weights. */
    static final String SOURCES = "sources";
    /** Largest number of cities. */
    static final long MAX_CITIES = 1_000_000;

    /**
     * @param p the run's parameters
     * @return the layout
     * @throws ConfigurationException when there would be more than {@value #MAX_CITIES} cities
     */
    static UnitLayout of(Parameters p) {
        int states = p.getInt("states");
        long cityCount = (long) states * p.getInt("cities_per_state");
        if (cityCount > MAX_CITIES) {
            throw new ConfigurationException("states x cities_per_state = " + cityCount
                    + " is too large; allowed: at most " + MAX_CITIES);
        }
        return new UnitLayout(states, (int) cityCount, p.getInt("communities"), p.getInt("daos"));
    }

    /** @return the first city unit */
    int cityUnit() {
        return states;
    }

    /** @return the first community unit */
    int communityUnit() {
        return states + cities;
    }

    /** @return the first DAO unit */
    int daoUnit() {
        return communityUnit() + communities;
    }

    /** @return U, the number of units */
    int units() {
        return daoUnit() + daos;
    }
}
