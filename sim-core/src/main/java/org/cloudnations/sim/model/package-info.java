/** The models: each subpackage one model, its rules and its phases, documented in docs/model.md. */
package org.cloudnations.sim.model;
