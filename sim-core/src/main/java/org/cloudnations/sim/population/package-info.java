/** Struct-of-arrays storage for large populations of individuals. */
package org.cloudnations.sim.population;
