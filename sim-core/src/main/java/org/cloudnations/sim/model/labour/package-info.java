/**
 * Labour and value (rows 4.1 to 4.4 of the seed digest, issue 4): building blocks for a model of
 * AI agents that take over tasks from human labour. So far this package holds one rule,
 * {@link org.cloudnations.sim.model.labour.TaskProduction}, the task-based production function
 * after Acemoglu &amp; Restrepo (AER 2018; JEP 2019) with a Cobb-Douglas task aggregator, and the
 * value-accounting ratios that follow from it. No model or scenario uses it yet. Equations in
 * docs/model.md, section "Task-based production".
 */
package org.cloudnations.sim.model.labour;
