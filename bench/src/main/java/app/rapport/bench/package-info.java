/** Benchmarks run on demand by {@code bench/run}; never part of the build's tests. */
package app.rapport.bench;
