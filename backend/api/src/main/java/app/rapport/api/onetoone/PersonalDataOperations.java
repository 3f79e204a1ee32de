package app.rapport.api.onetoone;

import app.rapport.api.client.ClientView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

/** A client's personal data: its export (JSON and readable text) and its erasure. */
public interface PersonalDataOperations {
    String TEXT = MediaType.TEXT_PLAIN + ";charset=utf-8";

    /** Everything Rapport holds about the client (served as an attachment, for saving as a file). */
    @Get("/clients/{clientId}/personal-data")
    HttpResponse<PersonalData> personalData(@PathVariable String clientId);

    /**
     * The same export as readable text in the reader's language: {@code lang} (en, zh-CN, zh-TW) or else
     * Accept-Language. It produces text only, and the client asks for nothing else.
     */
    @Get(
            value = "/clients/{clientId}/personal-data.txt",
            produces = PersonalDataOperations.TEXT,
            consumes = PersonalDataOperations.TEXT)
    HttpResponse<String> personalDataText(
            @PathVariable String clientId,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage);

    @Post("/clients/{clientId}/erasure")
    HttpResponse<ClientView> erase(@PathVariable String clientId);
}
