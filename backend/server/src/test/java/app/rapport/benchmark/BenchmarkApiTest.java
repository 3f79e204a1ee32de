package app.rapport.benchmark;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MeasurementRun;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetStatus;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.FollowUp;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.support.ApiTest;
import app.rapport.support.DesignFixtures;
import app.rapport.support.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Benchmark targets through the API, each test in a tenant of its own (the computed metrics read the whole tenant, so
 * the figures are exact): the credit-card case of seed 004 measured by hand to
 * its results, the computed metrics measured from touchpoints and care actions with known figures, the owner rules
 * and the input errors.
 */
class BenchmarkApiTest extends ApiTest {
    private static final LocalDate TODAY = LocalDate.now();
    private String slug;
    private String admin;
    private String manager;
    private String manager2;
    private String staff;
    private String clientId;
    private VersionView checkIn;

    @BeforeEach
    void aTenantWithAPublishedBlueprint() {
        slug = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        ensureTenant(slug, "Benchmark Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        manager2 = keycloak.createUser(slug, "account-manager");
        staff = keycloak.createUser(slug, "service-staff");
        clientId = read(send(admin, POST("/api/v1/clients", Fixtures.person("Carl Cardholder"))), ClientView.class)
                .id();
        BlueprintSummary b = read(
                send(admin, POST("/api/v1/blueprints/imports", DesignFixtures.hotelCheckIn("Check-in"))),
                BlueprintSummary.class);
        String v = b.versions().getFirst().id();
        checkIn = read(send(admin, POST("/api/v1/blueprint-versions/" + v + "/publication", "")), VersionView.class);
    }

    private String stepId(String name) {
        return checkIn.steps().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private TargetView create(String user, TargetWrite write) {
        Reply r = send(user, POST("/api/v1/benchmark-targets", write));
        assertEquals(201, r.status(), r.body());
        return read(r, TargetView.class);
    }

    private TargetView measure(String user, String id, LocalDate on, int value) {
        Reply r = send(
                user,
                POST(
                        "/api/v1/benchmark-targets/" + id + "/measurements",
                        new MeasurementWrite(on, BigDecimal.valueOf(value), null)));
        assertEquals(201, r.status(), r.body());
        return read(r, TargetView.class);
    }

    @Test
    void the_credit_card_case_reaches_its_three_results() {
        LocalDate start = TODAY.minusDays(360);
        LocalDate due = TODAY.plusDays(5);
        TargetView application = create(
                admin,
                DesignFixtures.days(
                        "Card application processing",
                        Dimension.TIMELINESS,
                        35,
                        start,
                        15,
                        due,
                        "Leading issuer",
                        18,
                        manager));
        TargetView replacement = create(
                admin,
                DesignFixtures.days(
                        "Card replacement", Dimension.TIMELINESS, 15, start, 2, due, "Leading issuer", 5, manager));
        TargetView inquiry = create(
                admin,
                DesignFixtures.days(
                        "Answering an inquiry",
                        Dimension.RESPONSIVENESS,
                        16,
                        start,
                        10,
                        due,
                        "Leading issuer",
                        12,
                        manager));
        assertEquals(TargetStatus.AT_RISK, application.status(), "nothing measured for 360 days");

        int[][] quarters = {{30, 24, 19, 15}, {11, 7, 4, 2}, {15, 13, 12, 10}};
        TargetView[] targets = {application, replacement, inquiry};
        for (int t = 0; t < 3; t++) {
            for (int q = 0; q < 4; q++) {
                targets[t] = measure(manager, targets[t].id(), start.plusDays(90L * (q + 1)), quarters[t][q]);
            }
        }
        for (TargetView t : targets) {
            assertEquals(TargetStatus.ACHIEVED, t.status(), t.metric());
            assertEquals(1.0, t.progress(), 1e-9);
            assertEquals(5, t.measurements().size() + 1, "four measurements after the baseline");
        }
        // after the first quarter the application line expected 35 − 20 × 90/365 = 30.07 days: 30 was on track
        TargetView early = measure(manager, application.id(), start.plusDays(90), 31);
        assertEquals(TargetStatus.ACHIEVED, early.status(), "the latest measurement still decides");
        assertEquals(
                0, early.measurements().get(0).value().compareTo(BigDecimal.valueOf(31)), "the day's value replaced");

        List<TargetView> board = items(send(manager, GET("/api/v1/benchmark-targets")), TargetView.class);
        assertEquals(
                List.of(Dimension.TIMELINESS, Dimension.TIMELINESS, Dimension.RESPONSIVENESS),
                board.stream().map(TargetView::dimension).toList());
        assertEquals(
                1,
                items(send(admin, GET("/api/v1/benchmark-targets?dimension=RESPONSIVENESS")), TargetView.class)
                        .size());
    }

    @Test
    void a_step_duration_is_measured_from_the_touchpoints_at_that_step() {
        TargetView greeting = create(
                admin,
                DesignFixtures.computed(
                        "Greeting time", MetricSource.STEP_DURATION, stepId(DesignFixtures.GREET), "6", "2", admin));
        assertEquals("min", greeting.unit());
        assertEquals(Direction.LOWER_IS_BETTER, greeting.direction());
        assertEquals(DesignFixtures.GREET, greeting.stepName());
        Reply nothing = send(admin, POST("/api/v1/benchmark-targets/" + greeting.id() + "/computation", ""));
        assertEquals(422, nothing.status());
        assertTrue(nothing.body().contains("no-data"));

        for (int minutes : new int[] {4, 6, 2}) {
            send(
                    staff,
                    POST(
                            "/api/v1/touchpoints",
                            DesignFixtures.touchpoint(clientId, stepId(DesignFixtures.GREET), minutes, null)));
        }
        TargetView measured = read(
                send(admin, POST("/api/v1/benchmark-targets/" + greeting.id() + "/computation", "")), TargetView.class);
        assertEquals(1, measured.measurements().size());
        assertEquals(0, new BigDecimal("4").compareTo(measured.actual()));
        assertEquals(3, measured.measurements().getFirst().sampleSize());
        // baseline 6 thirty days ago, target 2 in thirty days: the line stands at 4 today, and so does the median
        assertEquals(0, new BigDecimal("4").compareTo(measured.expected()));
        assertEquals(TargetStatus.ON_TRACK, measured.status());
        Reply manual = send(
                admin,
                POST(
                        "/api/v1/benchmark-targets/" + greeting.id() + "/measurements",
                        new MeasurementWrite(TODAY, BigDecimal.ONE, null)));
        assertEquals(409, manual.status());
    }

    @Test
    void reaction_surprise_on_time_and_inquiry_answers_are_measured_from_the_tenants_records() {
        log(5, ServiceLevel.SURPRISE, null, null);
        log(3, ServiceLevel.BASIC, null, null);
        log(4, ServiceLevel.SURPRISE, null, null);
        TouchpointView asked = log(
                null,
                ServiceLevel.EXPECTED,
                Instant.now().minus(3, ChronoUnit.DAYS),
                new FollowUp("Send the fee schedule", TODAY.plusDays(1), null, null));
        send(
                staff,
                POST(
                        "/api/v1/care-actions/" + asked.followUpActionId() + "/completion",
                        new CareCompletion("Sent by mail", ServiceLevel.EXPECTED)));

        TargetView reaction = create(
                admin, DesignFixtures.computed("Reaction", MetricSource.AVERAGE_REACTION, null, "3", "4.5", admin));
        TargetView surprise = create(
                admin, DesignFixtures.computed("Surprise", MetricSource.SURPRISE_SHARE, null, "10", "40", admin));
        TargetView onTime = create(
                admin, DesignFixtures.computed("On time", MetricSource.CARE_ON_TIME_RATE, null, "70", "95", admin));
        TargetView answers = create(
                admin,
                DesignFixtures.computed("Inquiry answered", MetricSource.INQUIRY_RESPONSE, null, "16", "10", admin));

        MeasurementRun run =
                read(send(manager, POST("/api/v1/benchmark-targets/computations", "")), MeasurementRun.class);
        assertEquals(4, run.targets());
        assertEquals(4, run.measured());

        // ratings 5, 3, 4 (the follow-up inquiry had none): 4.00
        assertEquals(0, new BigDecimal("4").compareTo(actual(reaction)));
        // SURPRISE in 2 of the 4 touchpoints with a level
        assertEquals(0, new BigDecimal("50").compareTo(actual(surprise)));
        // the one care action done, by its due day
        assertEquals(0, new BigDecimal("100").compareTo(actual(onTime)));
        // asked three days ago, answered now
        assertEquals(3.0, actual(answers).doubleValue(), 0.01);
        assertEquals("days", answers.unit());
        assertEquals(
                TargetStatus.ACHIEVED,
                read(send(admin, GET("/api/v1/benchmark-targets/" + answers.id())), TargetView.class)
                        .status());
    }

    private TouchpointView log(Integer rating, ServiceLevel level, Instant at, FollowUp followUp) {
        Reply r = send(
                staff,
                POST(
                        "/api/v1/touchpoints",
                        new TouchpointWrite(
                                clientId,
                                Channel.PHONE,
                                "Asked about fees",
                                at,
                                null,
                                rating,
                                null,
                                level,
                                null,
                                null,
                                followUp)));
        assertEquals(201, r.status(), r.body());
        return read(r, TouchpointView.class);
    }

    private BigDecimal actual(TargetView t) {
        return read(send(admin, GET("/api/v1/benchmark-targets/" + t.id())), TargetView.class)
                .actual();
    }

    @Test
    void account_managers_own_their_targets_and_change_only_those() {
        TargetView mine = create(manager, letters(manager));
        assertEquals(manager, mine.owner());
        Reply forOther = send(manager, POST("/api/v1/benchmark-targets", letters(manager2)));
        assertEquals(403, forOther.status());
        assertEquals(
                403,
                send(manager2, DELETE("/api/v1/benchmark-targets/" + mine.id())).status());
        assertEquals(
                403,
                send(
                                manager2,
                                POST(
                                        "/api/v1/benchmark-targets/" + mine.id() + "/measurements",
                                        new MeasurementWrite(TODAY, BigDecimal.ONE, null)))
                        .status());
        assertEquals(
                200,
                send(manager2, GET("/api/v1/benchmark-targets/" + mine.id())).status());
        assertEquals(403, send(staff, GET("/api/v1/benchmark-targets")).status());
        Reply staffOwner = send(admin, POST("/api/v1/benchmark-targets", letters(staff)));
        assertEquals(400, staffOwner.status());
        assertTrue(staffOwner.body().contains("owner"));
        TargetView measured = measure(manager, mine.id(), TODAY, 8);
        Reply changeMetric = send(
                manager,
                PUT(
                        "/api/v1/benchmark-targets/" + mine.id(),
                        DesignFixtures.computed(
                                "Now computed", MetricSource.AVERAGE_REACTION, null, "3", "4", manager)));
        assertEquals(409, changeMetric.status());
        assertEquals(
                200,
                send(
                                admin,
                                DELETE("/api/v1/benchmark-targets/" + mine.id() + "/measurements/"
                                        + measured.measurements().getFirst().id()))
                        .status());
        assertEquals(
                204,
                send(admin, DELETE("/api/v1/benchmark-targets/" + mine.id())).status());
    }

    @Test
    void bad_targets_and_measurements_are_answered_field_by_field() {
        LocalDate start = TODAY.minusDays(10);
        assertField(
                DesignFixtures.days("Worse", Dimension.TIMELINESS, 10, start, 12, TODAY.plusDays(30), null, 0, admin),
                "targetValue");
        assertField(
                DesignFixtures.days("Backwards", Dimension.TIMELINESS, 10, start, 5, start, null, 0, admin), "dueOn");
        assertField(
                DesignFixtures.days(
                        "Future", Dimension.TIMELINESS, 10, TODAY.plusDays(3), 5, TODAY.plusDays(30), null, 0, admin),
                "baselineOn");
        assertField(DesignFixtures.computed("No step", MetricSource.STEP_DURATION, null, "6", "2", admin), "stepId");
        assertField(
                DesignFixtures.computed(
                        "Stray step", MetricSource.AVERAGE_REACTION, stepId(DesignFixtures.KEY), "3", "4", admin),
                "stepId");
        TargetWrite wrongWay =
                DesignFixtures.computed("Wrong way", MetricSource.CARE_ON_TIME_RATE, null, "70", "90", admin);
        assertField(
                new TargetWrite(
                        wrongWay.metric(),
                        wrongWay.source(),
                        null,
                        wrongWay.dimension(),
                        null,
                        Direction.LOWER_IS_BETTER,
                        wrongWay.baselineValue(),
                        wrongWay.baselineOn(),
                        null,
                        null,
                        null,
                        wrongWay.targetValue(),
                        wrongWay.dueOn(),
                        admin,
                        null),
                "direction");
        assertField(
                new TargetWrite(
                        "No unit",
                        MetricSource.MANUAL,
                        null,
                        Dimension.ACCURACY,
                        " ",
                        Direction.LOWER_IS_BETTER,
                        BigDecimal.TEN,
                        start,
                        null,
                        null,
                        null,
                        BigDecimal.ONE,
                        TODAY.plusDays(9),
                        admin,
                        null),
                "unit");
        assertField(
                new TargetWrite(
                        "Nameless rival",
                        MetricSource.MANUAL,
                        null,
                        Dimension.ACCURACY,
                        "%",
                        Direction.LOWER_IS_BETTER,
                        BigDecimal.TEN,
                        start,
                        null,
                        BigDecimal.ONE,
                        null,
                        BigDecimal.ONE,
                        TODAY.plusDays(9),
                        admin,
                        null),
                "competitorName");
        TargetView t = create(
                admin,
                DesignFixtures.days(
                        "Billing errors", Dimension.ACCURACY, 12, start, 4, TODAY.plusDays(60), null, 0, admin));
        Reply early = send(
                admin,
                POST(
                        "/api/v1/benchmark-targets/" + t.id() + "/measurements",
                        new MeasurementWrite(start.minusDays(1), BigDecimal.TEN, null)));
        assertEquals(400, early.status());
        assertTrue(early.body().contains("measuredOn"));
        Reply future = send(
                admin,
                POST(
                        "/api/v1/benchmark-targets/" + t.id() + "/measurements",
                        new MeasurementWrite(TODAY.plusDays(1), BigDecimal.TEN, null)));
        assertEquals(400, future.status());
    }

    /** A manual target of the responsiveness of complaint letters, owned by {@code owner}. */
    private static TargetWrite letters(String owner) {
        return DesignFixtures.days(
                "Complaint letters answered",
                Dimension.RESPONSIVENESS,
                9,
                TODAY.minusDays(10),
                5,
                TODAY.plusDays(80),
                null,
                0,
                owner);
    }

    private void assertField(TargetWrite write, String field) {
        Reply r = send(admin, POST("/api/v1/benchmark-targets", write));
        assertEquals(400, r.status(), write.metric() + ": " + r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(r.body().contains("\"" + field + "\""), write.metric() + " names " + field + ": " + r.body());
    }
}
