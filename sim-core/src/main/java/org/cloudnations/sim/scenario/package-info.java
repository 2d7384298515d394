/** Named scenarios: a model plus a set of parameter defaults, and catalogues to look them up. */
package org.cloudnations.sim.scenario;
