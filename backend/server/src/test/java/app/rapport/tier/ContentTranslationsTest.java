package app.rapport.tier;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.care.CareKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.support.ApiTest;
import app.rapport.support.DesignFixtures;
import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Texts admins write for staff — a tier's service promise, a strategy step's title and instructions, a metric's and
 * a blueprint's name — are kept as written with optional translations; a reader without one reads the text as
 * written.
 */
class ContentTranslationsTest extends ApiTest {
    private final String slug = "promise-" + UUID.randomUUID().toString().substring(0, 6);
    private String admin;

    @BeforeAll
    void aTenantOfItsOwn() {
        ensureTenant(slug, "Promise Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
    }

    private static TierDefinition tier(String promise, String zhCn, String zhTw) {
        return new TierDefinition(
                null,
                1,
                "Key",
                "重点客户",
                "重點客戶",
                "#1a7f5a",
                BigDecimal.ZERO,
                null,
                null,
                30,
                24,
                List.of(TenantRole.ACCOUNT_MANAGER),
                promise,
                zhCn,
                zhTw);
    }

    @Test
    void translations_are_kept_and_each_reader_gets_theirs_or_the_written_text() {
        TierSettingsView saved = configureTiers(
                admin,
                new TierSettingsWrite(
                        TierMethod.THRESHOLD,
                        ValueMeasure.REVENUE,
                        7,
                        List.of(tier("Delivered the same day", "当天送达", null))));
        TierDefinition key = saved.tiers().get(0);
        assertEquals("当天送达", key.promiseZhCn());
        assertNull(key.promiseZhTw(), "a blank translation is no translation");
        assertEquals("当天送达", key.promise("zh-CN"));
        assertEquals("Delivered the same day", key.promise("zh-TW"));
        assertEquals("Delivered the same day", key.promise("en"));
    }

    @Test
    void a_strategy_step_keeps_its_translations_and_refuses_one_too_long() {
        PlaybookStepWrite step = new PlaybookStepWrite(
                Stage.FORMATION,
                null,
                CareKind.CALL,
                "Second-month call",
                30,
                null,
                ServiceLevel.EXPECTED,
                TenantRole.ACCOUNT_MANAGER,
                "Ask how the first month went",
                0,
                new Translated("次月回访", "次月回訪"),
                new Translated("询问第一个月的感受", null));
        PlaybookStepView saved = read(send(admin, POST("/api/v1/playbook", step)), PlaybookStepView.class);
        assertEquals("次月回访", saved.titleTranslations().in("zh-CN", saved.title()));
        assertEquals("次月回訪", saved.titleTranslations().in("zh-TW", saved.title()));
        assertEquals(
                "Ask how the first month went", saved.instructionsTranslations().in("zh-TW", saved.instructions()));
        assertEquals(saved, read(send(admin, GET("/api/v1/playbook/" + saved.id())), PlaybookStepView.class));

        PlaybookStepWrite tooLong = new PlaybookStepWrite(
                Stage.FORMATION,
                null,
                CareKind.CALL,
                "Third-month call",
                60,
                null,
                ServiceLevel.EXPECTED,
                TenantRole.ACCOUNT_MANAGER,
                null,
                0,
                new Translated("长".repeat(201), null),
                null);
        Reply refused = send(admin, POST("/api/v1/playbook", tooLong));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("titleTranslations.zhCn"), refused.body());
    }

    @Test
    void a_benchmark_metric_keeps_its_name_in_each_language() {
        TargetWrite target = new TargetWrite(
                "Days to answer a complaint",
                MetricSource.MANUAL,
                null,
                Dimension.TIMELINESS,
                "days",
                Direction.LOWER_IS_BETTER,
                new BigDecimal("10"),
                LocalDate.now().minusDays(10),
                null,
                null,
                null,
                new BigDecimal("3"),
                LocalDate.now().plusDays(60),
                admin,
                new Translated("投诉答复天数", "投訴答覆天數"));
        TargetView saved = read(send(admin, POST("/api/v1/benchmark-targets", target)), TargetView.class);
        assertEquals("投诉答复天数", saved.metricTranslations().in("zh-CN", saved.metric()));
        assertEquals("投訴答覆天數", saved.metricTranslations().in("zh-TW", saved.metric()));
        assertEquals("Days to answer a complaint", saved.metricTranslations().in("en", saved.metric()));
    }

    @Test
    void a_blueprint_keeps_its_name_in_each_language_and_touchpoints_show_it() {
        BlueprintImport checkIn = DesignFixtures.hotelCheckIn("Front desk check-in");
        BlueprintImport translated = new BlueprintImport(
                checkIn.name(),
                checkIn.description(),
                checkIn.steps(),
                checkIn.flows(),
                new Translated("前台入住", "前台入住"));
        BlueprintSummary imported =
                read(send(admin, POST("/api/v1/blueprints/imports", translated)), BlueprintSummary.class);
        assertEquals("前台入住", imported.nameTranslations().in("zh-CN", imported.name()));
        String draft = imported.versions().getFirst().id();
        VersionView published =
                read(send(admin, POST("/api/v1/blueprint-versions/" + draft + "/publication", "")), VersionView.class);
        assertEquals("前台入住", published.blueprintNameTranslations().zhTw());
        TouchpointStep step =
                read(send(admin, GET("/api/v1/touchpoint-steps")), Argument.listOf(TouchpointStep.class)).stream()
                        .filter(t -> t.blueprintId().equals(imported.id()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("前台入住 › " + step.stepName(), step.label().in("zh-CN"));
        assertEquals("Front desk check-in › " + step.stepName(), step.label().in("en"));

        BlueprintSummary renamed = read(
                send(
                        admin,
                        PUT(
                                "/api/v1/blueprints/" + imported.id(),
                                new BlueprintWrite("Front desk check-in", null, new Translated(" ", "前檯入住")))),
                BlueprintSummary.class);
        assertNull(renamed.nameTranslations().zhCn(), "a blank translation is no translation");
        assertEquals("前檯入住", renamed.nameTranslations().in("zh-TW", renamed.name()));
        Reply tooLong = send(
                admin,
                PUT(
                        "/api/v1/blueprints/" + imported.id(),
                        new BlueprintWrite("Front desk check-in", null, new Translated("长".repeat(201), null))));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertTrue(tooLong.body().contains("nameTranslations.zhCn"), tooLong.body());
    }
}
