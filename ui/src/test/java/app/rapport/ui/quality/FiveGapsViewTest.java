package app.rapport.ui.quality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.Translated;
import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.gaps.FiveGaps;
import app.rapport.api.gaps.GapAssessment;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryFiveGaps;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The five gaps as a manager reads them in Chinese (the diagram with each gap's figure, the dimensions, standards met
 * per service, promises kept per tier, no English the product wrote), and the quality questionnaire a staff member
 * answers: every score required, saved over the version read, a stale save reloaded, a refused score on its field.
 */
class FiveGapsViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private static FiveGaps measured() {
        List<FiveGaps.Dimension> d = new ArrayList<>();
        d.add(new FiveGaps.Dimension(ServqualDimension.TANGIBLES, 5.5, 5.0, 6.0, 6.0, 0.5, 0.0, -0.5));
        for (ServqualDimension dim : List.of(
                ServqualDimension.RELIABILITY,
                ServqualDimension.RESPONSIVENESS,
                ServqualDimension.ASSURANCE,
                ServqualDimension.EMPATHY)) {
            d.add(new FiveGaps.Dimension(dim, 6.5, 4.5, 6.0, 4.0, -0.5, -2.0, -2.0));
        }
        return new FiveGaps(
                TenantTime.today().minusDays(364),
                TenantTime.today(),
                new FiveGaps.Members(2, 1, 1),
                d,
                new FiveGaps.Scale(-0.3, 2, 2),
                new FiveGaps.Scale(-1.6, 0, 2),
                InMemoryFiveGaps.share(3, 4),
                InMemoryFiveGaps.share(2, 6),
                new FiveGaps.Scale(-1.7, 2, 0),
                InMemoryFiveGaps.share(1, 2),
                InMemoryFiveGaps.share(1, 4),
                List.of(new FiveGaps.ServiceShare(
                        "b1", "Check-in", new Translated("入住登记", "入住登記"), InMemoryFiveGaps.share(3, 4))),
                List.of(
                        new FiveGaps.TierPromises(null, InMemoryFiveGaps.share(1, 2), InMemoryFiveGaps.share(0, 0)),
                        new FiveGaps.TierPromises("gone", InMemoryFiveGaps.share(0, 0), InMemoryFiveGaps.share(1, 4))));
    }

    @Test
    void a_manager_reads_the_five_gaps_in_chinese_with_their_figures_on_the_diagram() {
        fiveGaps.put(measured());
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("quality/five-gaps");
        FiveGapsView view = _get(FiveGapsView.class);
        String svg = ((com.vaadin.flow.component.Html)
                        view.diagram.getChildren().findFirst().orElseThrow())
                .getInnerHtml();
        for (String figure : List.of("差距 1", "−0.30", "−1.60", "75%", "33.3%", "−1.70", "管理者对客户期望的理解")) {
            assertTrue(svg.contains(figure), figure + " on the diagram");
        }
        assertEquals(5, GridKt._size(view.dimensions));
        assertEquals("+0.50", GridKt._getFormatted(view.dimensions, 0, "gap1"));
        assertEquals("−2.00", GridKt._getFormatted(view.dimensions, 4, "gap5"));
        assertEquals("有形性", GridKt._getFormatted(view.dimensions, 0, "dimension"));
        assertEquals("入住登记", GridKt._getFormatted(view.services, 0, "service"));
        assertEquals("75%（4 项中 3 项）", GridKt._getFormatted(view.services, 0, "within"));
        assertEquals("未分级的客户", GridKt._getFormatted(view.tiers, 0, "tier"));
        assertEquals("—", GridKt._getFormatted(view.tiers, 0, "checkIns"), "none due: no share");
        assertEquals("已删除的等级", GridKt._getFormatted(view.tiers, 1, "tier"));
        String counts = view.counts.getText();
        assertTrue(counts.startsWith("依据 2 位客户的 SERVQUAL 答卷和 2 位成员的问卷"), counts);
        assertFalse(view.missing.isVisible());
        String conventions =
                _get(Paragraph.class, s -> s.withId("gaps-conventions")).getText();
        for (String text : List.of(counts, conventions, view.promises.getText())) {
            assertFalse(
                    text.replace("SERVQUAL", "").matches(".*[A-Za-z]{2,}.*"), "no English the product wrote: " + text);
        }
    }

    @Test
    void without_answers_the_page_says_what_each_gap_needs_and_a_backward_period_is_refused_on_its_field() {
        signIn(MANAGER);
        UI.getCurrent().navigate("quality/five-gaps");
        FiveGapsView view = _get(FiveGapsView.class);
        assertTrue(view.missing.isVisible());
        assertTrue(view.missing.getText().contains("gaps 1 and 2 need it"), view.missing.getText());
        assertTrue(view.missing.getText().contains("gaps 1 and 5 need it"), view.missing.getText());
        assertEquals("—", GridKt._getFormatted(view.dimensions, 0, "gap1"));
        view.from.setValue(TenantTime.today());
        view.to.setValue(TenantTime.today().minusDays(3));
        assertTrue(view.to.isInvalid(), "to before from: refused on its field");
        _click(_get(Button.class, s -> s.withId("gaps-answer")));
        _get(GapQuestionnaireView.class);
    }

    @Test
    void staff_answer_the_questionnaire_every_score_required_and_a_stale_save_reloaded() {
        signIn(STAFF, Locale.TRADITIONAL_CHINESE);
        UI.getCurrent().navigate("quality/questionnaire");
        GapQuestionnaireView q = _get(GapQuestionnaireView.class);
        assertEquals("您還沒有填寫。", q.status.getText());
        assertTrue(_get(com.vaadin.flow.component.html.H3.class, s -> s.withText("有形性"))
                .isVisible());
        _click(q.save);
        assertTrue(q.expected.get(ServqualDimension.TANGIBLES).isInvalid(), "every score is required");
        assertEquals(0, fiveGaps.saved.size());

        int score = 3;
        for (ServqualDimension d : ServqualDimension.values()) {
            q.expected.get(d).setValue(6);
            q.specified.get(d).setValue(score++);
        }
        _click(q.save);
        assertEquals(1, fiveGaps.saved.size());
        List<DimensionAssessment> sent = fiveGaps.saved.getFirst().dimensions();
        assertEquals(new DimensionAssessment(ServqualDimension.EMPATHY, 6, 7), sent.getLast());
        assertTrue(q.status.getText().startsWith("您上次填寫於"), q.status.getText());

        // the same member saved in another window meanwhile: this save is refused and the page reloads theirs
        fiveGaps.savedElsewhere(new GapAssessment(
                5,
                Instant.now(),
                java.util.Arrays.stream(ServqualDimension.values())
                        .map(d -> new DimensionAssessment(d, 2, 2))
                        .toList()));
        q.expected.get(ServqualDimension.RELIABILITY).setValue(7);
        _click(q.save);
        assertEquals(1, fiveGaps.saved.size(), "nothing saved over the newer answers");
        _click(_get(Button.class, s -> s.withId("conflict-reload")));
        RadioButtonGroup<Integer> reliability = q.expected.get(ServqualDimension.RELIABILITY);
        assertEquals(2, reliability.getValue(), "the answers saved elsewhere, reloaded");
    }

    @Test
    void staff_do_not_read_the_five_gaps() {
        signIn(STAFF);
        UI.getCurrent().navigate("quality/five-gaps");
        _get(app.rapport.ui.platform.layout.ForbiddenView.class);
    }
}
