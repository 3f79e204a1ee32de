/** Benchmarking targets in the UI: the board by dimension, one target with its chart and measurements. */
package app.rapport.ui.benchmark;
