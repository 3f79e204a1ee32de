package app.rapport.api.operator;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a restore loaded: every table with its rows and checksum, each checked against the export's manifest. */
@Serdeable
public record RestoreResult(String tenant, List<TableChecksum> tables) {}
