/**
 * Benchmarking targets: a metric measured against our baseline, the strongest competitor's figure and a target by a
 * due date; measured by hand or computed from Rapport's own data ({@link app.rapport.benchmark.Metrics}), judged by
 * {@link app.rapport.benchmark.TargetProgress}.
 */
package app.rapport.benchmark;
