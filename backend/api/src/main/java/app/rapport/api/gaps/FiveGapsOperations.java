package app.rapport.api.gaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.time.LocalDate;

/**
 * The five-gap model under {@code /api/v1}: the five gaps over a period, and the caller's own answers to the internal
 * questionnaire. Every call acts in the caller's tenant.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface FiveGapsOperations {
    @Get("/five-gaps")
    FiveGaps fiveGaps(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Get("/five-gaps/my-assessment")
    HttpResponse<GapAssessment> myAssessment();

    @Put("/five-gaps/my-assessment")
    HttpResponse<GapAssessment> assess(@Nullable @Header("If-Match") String ifMatch, @Body GapAssessmentWrite answers);
}
