/** Counter-based random streams: every draw is a pure function of (seed, tick, rule, individual, draw). */
package org.cloudnations.sim.random;
