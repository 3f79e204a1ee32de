/** Benchmarking targets: metric, dimension, baseline, competitor, target, measurements and derived status. */
package app.rapport.api.benchmark;
