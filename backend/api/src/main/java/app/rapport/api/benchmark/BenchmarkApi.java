package app.rapport.api.benchmark;

import io.micronaut.http.client.annotation.Client;

/** Benchmarking targets, their measurements and the computation of the measurable ones. */
@Client(id = "rapport-api", path = "/api/v1")
public interface BenchmarkApi extends BenchmarkOperations {}
