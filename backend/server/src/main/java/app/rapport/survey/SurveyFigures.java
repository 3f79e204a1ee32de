package app.rapport.survey;

import app.rapport.api.common.FieldCode;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.ServqualWording;
import app.rapport.api.survey.SurveyResults;
import app.rapport.platform.TenantZone;
import app.rapport.platform.web.ProblemException;
import app.rapport.quality.scoring.Nps;
import app.rapport.quality.scoring.Servqual;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instrument's figures over a period of the tenant's calendar (default: the last twelve months to today):
 * response rate (answered of the invitations sent in the period), CSAT, NPS and effort with n, the SERVQUAL gaps
 * ({@link Servqual}: answers to a version in the 1988 wording are reversed by that version's wording, so versions in
 * either wording add up), a month-by-month trend and the reasons given for low scores.
 */
@Singleton
class SurveyFigures {
    /** The longest period one request may cover. */
    static final int MAX_DAYS = 5 * 366;

    private final JdbcOperations jdbc;
    private final Instruments instruments;
    private final ResponseStore responses;
    private final TenantZone zone;
    private final Clock clock;

    SurveyFigures(JdbcOperations jdbc, Instruments instruments, ResponseStore responses, TenantZone zone, Clock clock) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.responses = responses;
        this.zone = zone;
        this.clock = clock;
    }

    @Connectable
    SurveyResults of(String instrumentId, @Nullable LocalDate fromDay, @Nullable LocalDate toDay) {
        ZoneId tz = zone.current();
        LocalDate to = toDay != null ? toDay : LocalDate.ofInstant(clock.instant(), tz);
        LocalDate from = fromDay != null ? fromDay : to.minusMonths(12).plusDays(1);
        if (from.isAfter(to)) {
            throw ProblemException.badField("to", FieldCode.MUST_FOLLOW);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ProblemException.badField("from", FieldCode.RANGE, "max", MAX_DAYS);
        }
        InstrumentView instrument =
                instruments.view(instrumentId, null).orElseThrow(() -> ProblemException.notFound("instrument"));
        Instant start = from.atStartOfDay(tz).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(tz).toInstant();
        int[] sent = invited(instrumentId, start, end);
        int invited = sent[0];
        List<Response> answered = responses.ofInstrument(instrumentId, start, end);

        List<Integer> csat = new ArrayList<>();
        int positive = 0;
        List<Integer> nps = new ArrayList<>();
        List<Integer> effort = new ArrayList<>();
        Map<ComplaintCause, Integer> reasons = new EnumMap<>(ComplaintCause.class);
        Map<YearMonth, List<Response>> byMonth = new TreeMap<>();
        List<Servqual.Response> waves = new ArrayList<>();
        Map<Integer, Question> servqualOf = new HashMap<>();
        for (Response r : answered) {
            if (r.csat() != null) {
                csat.add(r.csat());
                positive += Boolean.TRUE.equals(r.csatPositive()) ? 1 : 0;
            }
            if (r.nps() != null) {
                nps.add(r.nps());
            }
            if (r.effort() != null) {
                effort.add(r.effort());
            }
            r.reasons().forEach(c -> reasons.merge(c, 1, Integer::sum));
            byMonth.computeIfAbsent(YearMonth.from(r.submittedAt().atZone(tz)), m -> new ArrayList<>())
                    .add(r);
            wave(r, servqualOf).ifPresent(waves::add);
        }
        List<SurveyResults.Month> months = new ArrayList<>();
        byMonth.forEach((m, rs) -> {
            List<Integer> mc =
                    rs.stream().map(Response::csat).filter(x -> x != null).toList();
            long mp = rs.stream()
                    .filter(x -> Boolean.TRUE.equals(x.csatPositive()))
                    .count();
            List<Integer> mn =
                    rs.stream().map(Response::nps).filter(x -> x != null).toList();
            months.add(new SurveyResults.Month(
                    m.toString(),
                    rs.size(),
                    mc.isEmpty() ? null : (double) mp / mc.size(),
                    mn.isEmpty() ? null : Nps.of(mn).score()));
        });
        return new SurveyResults(
                instrument.id(),
                instrument.name(),
                instrument.nameTranslations(),
                from,
                to,
                invited,
                answered.size(),
                invited == 0 ? null : (double) sent[1] / invited,
                csat.isEmpty()
                        ? null
                        : new SurveyResults.Csat(
                                csat.size(), positive, (double) positive / csat.size(), instrument.positiveFrom()),
                nps.isEmpty() ? null : npsOf(nps),
                effort.isEmpty()
                        ? null
                        : new SurveyResults.Effort(
                                effort.size(),
                                effort.stream()
                                        .mapToInt(Integer::intValue)
                                        .average()
                                        .orElse(0)),
                waves.isEmpty() ? null : servqualOf(waves),
                months,
                reasons.entrySet().stream()
                        .sorted(Map.Entry.<ComplaintCause, Integer>comparingByValue()
                                .reversed())
                        .map(e -> new SurveyResults.Reason(e.getKey(), e.getValue()))
                        .toList());
    }

    private static SurveyResults.Nps npsOf(List<Integer> answers) {
        Nps n = Nps.of(answers);
        return new SurveyResults.Nps(n.n(), n.promoters(), n.passives(), n.detractors(), n.score());
    }

    private static SurveyResults.Servqual servqualOf(List<Servqual.Response> waves) {
        // every response is already scored as positively worded (see servqual(Answer, wording))
        Servqual.Scores s = Servqual.score(waves, ServqualWording.W1991);
        List<SurveyResults.ItemGap> items = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            items.add(new SurveyResults.ItemGap(i, ServqualDimension.of(i), s.itemGaps()[i - 1]));
        }
        List<SurveyResults.DimensionGap> dims = new ArrayList<>();
        for (ServqualDimension d : ServqualDimension.values()) {
            dims.add(new SurveyResults.DimensionGap(d, s.dimensionGaps().get(d)));
        }
        return new SurveyResults.Servqual(s.n(), s.weightedN(), items, dims, s.unweighted(), s.weighted());
    }

    /** A respondent's SERVQUAL answers, the 1988 wording's negative items reversed (8 − x) here. */
    static Servqual.Response servqual(Answer a, ServqualWording wording) {
        Integer[] e = new Integer[22];
        Integer[] p = new Integer[22];
        boolean reverse = wording == null || wording == ServqualWording.W1988;
        for (var item : a.items()) {
            if (item.item() < 1 || item.item() > 22) {
                continue;
            }
            boolean negative = reverse && Servqual.NEGATIVE_1988.contains(item.item());
            e[item.item() - 1] =
                    item.expectation() == null ? null : negative ? 8 - item.expectation() : item.expectation();
            p[item.item() - 1] =
                    item.perception() == null ? null : negative ? 8 - item.perception() : item.perception();
        }
        Map<ServqualDimension, Integer> points = null;
        if (a.points() != null
                && a.points().stream().mapToInt(DimensionPoints::points).sum() == 100) {
            points = new EnumMap<>(ServqualDimension.class);
            for (DimensionPoints dp : a.points()) {
                points.put(dp.dimension(), dp.points());
            }
        }
        return new Servqual.Response(e, p, points);
    }

    /**
     * The respondent's SERVQUAL answers, scored as positively worded, if the response answered a SERVQUAL question
     * ({@code blocks} caches each version's SERVQUAL question, by instrument and version).
     */
    java.util.Optional<Servqual.Response> wave(Response r, Map<Integer, Question> blocks) {
        Question block = blocks.computeIfAbsent(r.instrumentVersion(), v -> servqualQuestion(r.instrumentId(), v));
        if (block == null) {
            return java.util.Optional.empty();
        }
        return r.answers().stream()
                .filter(a -> a.key().equals(block.key()) && a.items() != null)
                .findFirst()
                .map(a -> servqual(a, block.wording()));
    }

    private Question servqualQuestion(String instrumentId, int version) {
        return instruments
                .version(instrumentId, version)
                .flatMap(v -> v.questions().stream()
                        .filter(q -> q.type() == QuestionType.SERVQUAL)
                        .findFirst())
                .orElse(null);
    }

    /**
     * The invitations sent in the period (open, expired or answered; not scheduled, not withdrawn) and how many of
     * them were answered (the response rate's numerator, whenever the answer came).
     */
    private int[] invited(String instrumentId, Instant start, Instant end) {
        return jdbc.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(status = 'ANSWERED'), 0) FROM survey_invitation"
                        + " WHERE instrument_id = ? AND status IN ('OPEN', 'ANSWERED')"
                        + " AND created_at >= ? AND created_at < ?",
                st -> {
                    st.setString(1, instrumentId);
                    st.setTimestamp(2, Timestamp.from(start));
                    st.setTimestamp(3, Timestamp.from(end));
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return new int[] {rs.getInt(1), rs.getInt(2)};
                    }
                });
    }
}
