/**
 * The named scenarios shipped with the library, one class each, listed by
 * {@link org.cloudnations.sim.scenarios.Scenarios#catalog()}. Each has a page under
 * docs/scenarios/.
 */
package org.cloudnations.sim.scenarios;
