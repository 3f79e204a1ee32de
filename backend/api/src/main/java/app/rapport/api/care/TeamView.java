package app.rapport.api.care;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Care work per owner for actions closed from {@code from} to {@code to}, and the whole team's figures. */
@Serdeable
public record TeamView(LocalDate from, LocalDate to, List<OwnerStats> owners, OwnerStats team) {}
