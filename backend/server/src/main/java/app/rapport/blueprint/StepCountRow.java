package app.rapport.blueprint;

import io.micronaut.core.annotation.Introspected;

@Introspected
record StepCountRow(String versionId, int n) {}
