package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientKind;
import app.rapport.api.gaps.FiveGapsApi;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.testing.Keycloak;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The five gaps in a real browser: clients' SERVQUAL answers are in; a service staff member answers the quality
 * questionnaire on a phone in Chinese (every score required, no sideways scrolling); an account manager then reads
 * the five gaps, the diagram with each gap's figure and the gaps by dimension.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiveGapsJourneyIT {
    private static final Path SHOTS = Paths.get("target/screenshots");
    private RunningRapport rapport;
    private Keycloak keycloak;

    @BeforeAll
    void start() throws Exception {
        rapport = RunningRapport.get();
        keycloak = rapport.keycloak;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** SERVQUAL answers as meant (E, P on every item), the 1988 wording's negative items answered as 8 − x. */
    private static List<Answer> servqual(int e, int p) {
        List<ItemAnswer> items = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            boolean negative = (i >= 10 && i <= 13) || i >= 18;
            items.add(negative ? new ItemAnswer(i, 8 - e, 8 - p) : new ItemAnswer(i, e, p));
        }
        return List.of(new Answer("servqual", null, null, null, items, null));
    }

    @Test
    void staff_answer_the_questionnaire_on_a_phone_and_a_manager_reads_the_five_gaps() {
        String slug = "gaps-" + UUID.randomUUID().toString().substring(0, 6);
        rapport.data.tenant(slug, "Harbour Gaps " + slug);
        String admin = keycloak.createUser(slug, "tenant-admin");
        String manager = keycloak.createUser(slug, "account-manager");
        String staff = keycloak.createUser(slug, "service-staff");
        SurveyApi surveys = rapport.clients.get(SurveyApi.class);
        InstrumentView wave =
                rapport.as(admin, () -> surveys.addInstrument(surveys.template(InstrumentTemplate.SERVQUAL))
                        .body());
        LocalDate yesterday = LocalDate.now().minusDays(1);
        for (int[] ep : new int[][] {{7, 5}, {6, 5}}) {
            String client = rapport.data.client(manager, ClientKind.PERSON, "Wave " + ep[0], "Qingdao");
            rapport.as(
                    manager,
                    () -> surveys.recordAnswers(
                            client,
                            new RecordedAnswers(
                                    wave.id(),
                                    null,
                                    yesterday,
                                    SurveyChannel.PAPER,
                                    "zh-CN",
                                    null,
                                    null,
                                    servqual(ep[0], ep[1]),
                                    false)));
        }

        // 1 · staff answer on a phone, in Chinese: every score is required
        Page phone = rapport.signIn(staff, "zh-CN", 390, 844);
        phone.navigate(rapport.uiUrl + "/quality/questionnaire");
        assertThat(phone.locator("#gaps-status")).hasText("您还没有填写。");
        phone.waitForTimeout(300);
        Object wide = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(((Number) wide).intValue() <= 0, "the questionnaire scrolls sideways by " + wide + " px");
        shot(phone, "gaps-01-phone-questionnaire");
        phone.locator("#gaps-save").click();
        assertThat(phone.locator("#gaps-expected-TANGIBLES")).hasAttribute("invalid", "");
        for (ServqualDimension d : ServqualDimension.values()) {
            phone.locator("#gaps-expected-" + d + " vaadin-radio-button").nth(4).click();
            phone.locator("#gaps-specified-" + d + " vaadin-radio-button")
                    .nth(2)
                    .click();
        }
        shot(phone, "gaps-02-phone-answered");
        phone.locator("#gaps-save").click();
        assertThat(phone.locator("#gaps-status")).containsText("您上次填写于");
        phone.context().close();
        assertEquals(1, rapport.as(staff, () -> rapport.clients
                .get(FiveGapsApi.class)
                .myAssessment()
                .body()
                .version()));

        // 2 · the manager reads the five gaps: E 6.5, P 5 → gap 5 −1.50; M 5 → gap 1 −1.50; S 3 → gap 2 −2.00
        Page desk = rapport.signIn(manager, "zh-CN", 1280, 900);
        desk.navigate(rapport.uiUrl + "/quality/five-gaps");
        assertThat(desk.locator("#gaps-counts")).containsText("依据 2 位客户的 SERVQUAL 答卷和 1 位成员的问卷");
        assertThat(desk.locator("#gaps-diagram svg")).isVisible();
        assertThat(desk.locator("#gaps-diagram")).containsText("−1.50");
        assertThat(desk.locator("#gaps-diagram")).containsText("−2.00");
        assertThat(desk.locator("#gaps-dimensions")).containsText("有形性");
        shot(desk, "gaps-03-five-gaps");
        desk.setViewportSize(390, 844);
        desk.waitForTimeout(500);
        shot(desk, "gaps-04-five-gaps-phone");
        desk.context().close();
    }
}
