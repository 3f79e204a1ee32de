/**
 * Benchmarking targets: a metric measured against our baseline, the strongest competitor's figure and a target by a
 * due date; measured by hand or computed from Rapport's own data ({@link Metrics}), judged by
 * {@link TargetProgress}.
 */
package app.rapport.benchmark;
