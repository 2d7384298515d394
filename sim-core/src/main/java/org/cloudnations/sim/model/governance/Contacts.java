package org.cloudnations.sim.model.governance;

import java.util.Arrays;

/**
 * (G5) The interaction structure of culture: the members of every city, community and city
 * reserve, each list in ascending id order, to draw a random partner from. Built once from the
 * fixed memberships.
 */
final class Contacts {
    private final int[] cityStart;
    private final int[] cityMembers;
    private final int[] communityStart;
    private final int[] communityMembers;
    private final int[] reserveStart;
    private final int[] reserveMembers;

    /**
     * @param city each individual's city
     * @param community each individual's community, -1 for none
     * @param reserve whether each individual lives in its city's reserve
     * @param cities the number of cities
     * @param communities the number of communities
     */
    Contacts(int[] city, int[] community, boolean[] reserve, int cities, int communities) {
        int n = city.length;
        cityStart = new int[cities + 1];
        cityMembers = new int[n];
        listMembers(city, cities, cityStart, cityMembers);
        communityStart = new int[communities + 1];
        int inCommunities = 0;
        for (int i = 0; i < n; i++) {
            inCommunities += community[i] >= 0 ? 1 : 0;
        }
        communityMembers = new int[inCommunities];
        listMembers(community, communities, communityStart, communityMembers);
        int[] reserveCity = new int[n];
        int inReserves = 0;
        for (int i = 0; i < n; i++) {
            reserveCity[i] = reserve[i] ? city[i] : -1;
            inReserves += reserve[i] ? 1 : 0;
        }
        reserveStart = new int[cities + 1];
        reserveMembers = new int[inReserves];
        listMembers(reserveCity, cities, reserveStart, reserveMembers);
    }

    /** @return a member of city c for a uniform draw u */
    int inCity(int c, double u) {
        return cityMembers[cityStart[c] + (int) (u * (cityStart[c + 1] - cityStart[c]))];
    }

    /** @return a member of community k for a uniform draw u */
    int inCommunity(int k, double u) {
        return communityMembers[communityStart[k] + (int) (u * (communityStart[k + 1] - communityStart[k]))];
    }

    /** @return a member of city c's reserve for a uniform draw u (the city's reserve is not empty) */
    int inReserveOf(int c, double u) {
        return reserveMembers[reserveStart[c] + (int) (u * (reserveStart[c + 1] - reserveStart[c]))];
    }

    /** @return a member of any reserve for a uniform draw u */
    int inAnyReserve(double u) {
        return reserveMembers[(int) (u * reserveMembers.length)];
    }

    /** @return whether anybody lives in a reserve */
    boolean hasReserves() {
        return reserveMembers.length > 0;
    }

    private static void listMembers(int[] of, int groups, int[] start, int[] list) {
        int[] count = new int[groups + 1];
        for (int g : of) {
            if (g >= 0) {
                count[g + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] = start[g] + count[g + 1];
        }
        int[] next = Arrays.copyOf(start, groups);
        for (int i = 0; i < of.length; i++) {
            if (of[i] >= 0) {
                list[next[of[i]]++] = i;
            }
        }
    }
}
