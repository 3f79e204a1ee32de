package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.gaps.FiveGaps;
import app.rapport.api.gaps.FiveGapsApi;
import app.rapport.api.gaps.GapAssessment;
import app.rapport.api.gaps.GapAssessmentWrite;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The five gaps in memory: what a test put (else a period without any figures), and one member's questionnaire saved
 * over the version read (412 when stale, a score outside 1–7 refused on its field as the server would), each save kept
 * in {@link #saved}.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(FiveGapsApi.class)
public class InMemoryFiveGaps implements FiveGapsApi {
    private FiveGaps gaps;
    private GapAssessment mine = new GapAssessment(0, null, List.of());
    public final List<GapAssessmentWrite> saved = new ArrayList<>();

    public synchronized void put(FiveGaps g) {
        gaps = g;
    }

    /** Someone (the same member in another window) saved meanwhile. */
    public synchronized void savedElsewhere(GapAssessment a) {
        mine = a;
    }

    public static FiveGaps.Share share(int kept, int n) {
        return FiveGaps.Share.of(kept, n);
    }

    @Override
    public synchronized FiveGaps fiveGaps(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new io.micronaut.http.client.exceptions.HttpClientResponseException(
                    "bad", FakeProblems.badField("to", FieldCode.MUST_FOLLOW));
        }
        if (gaps != null) {
            return gaps;
        }
        List<FiveGaps.Dimension> none = new ArrayList<>();
        for (var d : app.rapport.api.survey.ServqualDimension.values()) {
            none.add(new FiveGaps.Dimension(d, null, null, null, null, null, null, null));
        }
        FiveGaps.Scale empty = new FiveGaps.Scale(null, 0, 0);
        return new FiveGaps(
                from,
                to,
                new FiveGaps.Members(0, 0, 0),
                none,
                empty,
                empty,
                share(0, 0),
                share(0, 0),
                empty,
                share(0, 0),
                share(0, 0),
                List.of(),
                List.of());
    }

    @Override
    public synchronized HttpResponse<GapAssessment> myAssessment() {
        return HttpResponse.ok(mine);
    }

    @Override
    public synchronized HttpResponse<GapAssessment> assess(String ifMatch, GapAssessmentWrite answers) {
        if (!("\"" + mine.version() + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        for (int i = 0; i < answers.dimensions().size(); i++) {
            DimensionAssessment d = answers.dimensions().get(i);
            if (d.expected() > 7) {
                return FakeProblems.badField("dimensions[" + i + "].expected", FieldCode.MAX);
            }
        }
        saved.add(answers);
        mine = new GapAssessment(mine.version() + 1, Instant.now(), answers.dimensions());
        return HttpResponse.ok(mine);
    }
}
