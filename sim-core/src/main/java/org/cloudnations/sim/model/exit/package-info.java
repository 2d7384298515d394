/**
 * The exit model (rows 0.1 and 0.2 of the seed digest): individuals weigh staying in their home
 * state's economy against joining a cloud community, with loyalty, moving cost and digital access,
 * after Hirschman's exit and loyalty. Equations in docs/model.md, section "Exit".
 */
package org.cloudnations.sim.model.exit;
