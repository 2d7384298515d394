/**
 * The world state as entity tables: individuals in struct-of-arrays columns, and the few-row
 * tables of states, firms, communities and AI teams. Rules ask for the columns they use.
 */
package org.cloudnations.sim.table;
