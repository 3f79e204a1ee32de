package app.rapport.gaps;

import app.rapport.api.gaps.FiveGaps;
import app.rapport.api.gaps.FiveGapsOperations;
import app.rapport.api.gaps.GapAssessment;
import app.rapport.api.gaps.GapAssessmentWrite;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
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
import jakarta.validation.Valid;
import java.time.LocalDate;

/**
 * The five gaps: admins and account managers read them; every member (staff too) answers the internal questionnaire
 * for themself and reads back only their own answers.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
@Tag(name = "quality")
@SecurityRequirement(name = "bearer")
class FiveGapsController implements FiveGapsOperations {
    private final FiveGapFigures figures;
    private final AssessGaps assess;

    FiveGapsController(FiveGapFigures figures, AssessGaps assess) {
        this.figures = figures;
        this.assess = assess;
    }

    @Operation(summary = "The five gaps over a period: the scale gaps per dimension, standards met, promises kept")
    @Override
    public FiveGaps fiveGaps(@Nullable LocalDate from, @Nullable LocalDate to) {
        return figures.of(from, to);
    }

    @Operation(summary = "The caller's own answers to the internal questionnaire (version 0: none yet)")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
    @Override
    public HttpResponse<GapAssessment> myAssessment() {
        return tagged(assess.mine());
    }

    @Operation(summary = "Answer the internal questionnaire; If-Match as read (0 for the first answers)")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
    @Override
    public HttpResponse<GapAssessment> assess(@Nullable String ifMatch, @Valid GapAssessmentWrite answers) {
        return tagged(assess.assess(ETags.required(ifMatch, "assessment"), answers));
    }

    private static HttpResponse<GapAssessment> tagged(GapAssessment view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }
}
