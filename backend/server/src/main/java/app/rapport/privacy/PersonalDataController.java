package app.rapport.privacy;

import app.rapport.api.client.ClientView;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.RequestLocales;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/** A client's personal-data rights: export and erasure, for tenant admins only; both are audited. */
@Controller("/api/v1/clients/{clientId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "one-to-one")
@SecurityRequirement(name = "bearer")
class PersonalDataController {
    private final ExportPersonalData exports;
    private final ErasePersonalData erasure;

    private final Clock clock;

    PersonalDataController(ExportPersonalData exports, ErasePersonalData erasure, Clock clock) {
        this.exports = exports;
        this.erasure = erasure;
        this.clock = clock;
    }

    @Get("/personal-data")
    @Operation(summary = "Everything Rapport holds about the client, as JSON")
    HttpResponse<PersonalData> export(@PathVariable String clientId) {
        return HttpResponse.ok(exports.of(clientId))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-" + clientId + ".json\"");
    }

    @Get(value = "/personal-data.txt", produces = MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(
            summary = "The same export as readable text in the reader's language (lang=en|zh-CN|zh-TW or"
                    + " Accept-Language), every time in the tenant's zone")
    HttpResponse<String> exportText(
            @PathVariable String clientId,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return HttpResponse.ok(PersonalDataText.of(
                        exports.of(clientId), RequestLocales.of(lang, acceptLanguage), clock.getZone()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-" + clientId + ".txt\"");
    }

    @Post("/erasure")
    @Operation(
            summary = "Erase a person client: personal fields anonymised, contacts and facts removed, every free text"
                    + " written about the client blanked (dialogue, offers, pins, stage reasons, suggestions, care"
                    + " actions, touchpoints); purchases, tiers, ratings and stages kept for aggregates (409 for"
                    + " organisations)")
    ClientView erase(@PathVariable String clientId) {
        return erasure.of(clientId);
    }
}
