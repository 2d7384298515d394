/**
 * Statistics shared by the library: the one Gini coefficient and the one HHI of the rules'
 * metrics ({@link org.cloudnations.sim.stats.Inequality}), and the paired comparisons of the
 * claim tests: the signed-rank test with zeros dropped or treated by Pratt's method
 * ({@link org.cloudnations.sim.stats.SignedRankTest}), the Hodges-Lehmann shift with its
 * confidence interval ({@link org.cloudnations.sim.stats.HodgesLehmann}), and both together as the
 * evidence that one arm exceeds another by a shift that matters
 * ({@link org.cloudnations.sim.stats.PairedShift}).
 */
package org.cloudnations.sim.stats;
