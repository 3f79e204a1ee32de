package app.rapport.api.onetoone;

import io.micronaut.http.client.annotation.Client;

/** One-to-one records under {@code /api/v1/clients/{id}/…}, plus offer statistics and the replenishment list. */
@Client(id = "rapport-api", path = "/api/v1")
public interface OneToOneApi extends ConsumptionOperations, OneToOneOperations, PersonalDataOperations {}
