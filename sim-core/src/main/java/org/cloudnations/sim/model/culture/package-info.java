/**
 * Axelrod's model of the dissemination of culture (Axelrod, J. Conflict Resolution 41(2), 1997),
 * exactly as published, for checking the engine against the literature (seed row 2.5). Equations
 * in docs/model.md, section "Axelrod culture".
 */
package org.cloudnations.sim.model.culture;
