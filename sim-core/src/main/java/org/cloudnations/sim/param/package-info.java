/**
 * Parameter declarations ({@link org.cloudnations.sim.param.ParameterSpec}), registries that
 * validate user input once, with "did you mean" suggestions, and resolved immutable
 * {@link org.cloudnations.sim.param.Parameters}.
 */
package org.cloudnations.sim.param;
