package app.rapport.privacy;

import app.rapport.api.client.ClientView;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.api.onetoone.PersonalDataOperations;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.RequestLocales;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/** A client's personal-data rights: export and erasure, for tenant admins only; both are audited. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "one-to-one")
@SecurityRequirement(name = "bearer")
class PersonalDataController implements PersonalDataOperations {
    private final ExportPersonalData exports;
    private final ErasePersonalData erasure;

    private final Clock clock;

    PersonalDataController(ExportPersonalData exports, ErasePersonalData erasure, Clock clock) {
        this.exports = exports;
        this.erasure = erasure;
        this.clock = clock;
    }

    @Operation(summary = "Everything Rapport holds about the client, as JSON")
    @Override
    public HttpResponse<PersonalData> personalData(String clientId) {
        return HttpResponse.ok(exports.of(clientId))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-" + clientId + ".json\"");
    }

    @Operation(
            summary = "The same export as readable text in the reader's language (lang=en|zh-CN|zh-TW or"
                    + " Accept-Language), every time in the tenant's zone")
    @Override
    public HttpResponse<String> personalDataText(
            String clientId, @Nullable String lang, @Nullable String acceptLanguage) {
        return HttpResponse.ok(PersonalDataText.of(
                        exports.of(clientId), RequestLocales.of(lang, acceptLanguage), clock.getZone()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-" + clientId + ".txt\"");
    }

    @Operation(
            summary = "Erase a person client: personal fields anonymised, contacts and facts removed, every free text"
                    + " written about the client blanked (dialogue, offers, pins, stage reasons, suggestions, care"
                    + " actions, touchpoints); purchases, tiers, ratings and stages kept for aggregates (409 for"
                    + " organisations)")
    @Override
    public HttpResponse<ClientView> erase(String clientId) {
        return HttpResponse.ok(erasure.of(clientId));
    }
}
