package app.rapport.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The diagram drawn from a version: lanes, lines, steps, flows, fail points and the overlay. The drawings are kept
 * in target/diagrams to be looked at.
 */
class BlueprintDiagramTest {
    private static StepView step(String id, Lane lane, int col, String name, Integer target, boolean fail, boolean tp) {
        return new StepView(
                id, id, lane, col, name, null, TenantRole.SERVICE_STAFF, target, null, fail, tp, Translated.NONE);
    }

    private static final VersionView CHECK_IN = new VersionView(
            "v",
            "b",
            "Hotel check-in",
            null,
            2,
            VersionStatus.PUBLISHED,
            Instant.EPOCH,
            "admin",
            Instant.EPOCH,
            "admin",
            null,
            null,
            List.of(
                    step("arrive", Lane.CLIENT_ACTIONS, 1, "Arrive at reception", null, false, false),
                    step("greet", Lane.FRONT_STAGE, 1, "Greet the guest and confirm the booking", 2, false, true),
                    step("check", Lane.BACK_STAGE, 2, "Check the booking", 4, true, false),
                    step("system", Lane.SUPPORT_PROCESSES, 2, "Reservation system", null, false, false),
                    step("key", Lane.FRONT_STAGE, 3, "Hand over the key", 3, false, true),
                    step("room", Lane.CLIENT_ACTIONS, 3, "顾客拿房卡进房间", null, false, false)),
            List.of(
                    new FlowView("1", "arrive", "greet"),
                    new FlowView("2", "greet", "check"),
                    new FlowView("3", "system", "check"),
                    new FlowView("4", "check", "key"),
                    new FlowView("5", "key", "room"),
                    new FlowView("6", "key", "greet")),
            List.of(),
            Translated.NONE);

    private static Performance overlay() {
        StepRow greet = new StepRow(
                "greet", "v", "greet", Lane.FRONT_STAGE, 1, "Greet", null, null, 2, null, false, true, null, null);
        StepRow key = new StepRow(
                "key", "v", "key", Lane.FRONT_STAGE, 3, "Key", null, null, 3, null, false, true, null, null);
        return new Performance(
                "v",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(
                        StepStandard.judge(greet, List.of(new TouchRow("greet", 1, 4), new TouchRow("greet", 6, 2))),
                        StepStandard.judge(key, List.of(new TouchRow("key", 2, 5)))));
    }

    @Test
    void the_svg_names_lanes_lines_and_steps_and_marks_what_misses() throws IOException {
        String svg = new BlueprintDiagram().svg(CHECK_IN, overlay(), Locale.ENGLISH);
        Files.createDirectories(Path.of("target/diagrams"));
        Files.writeString(Path.of("target/diagrams/check-in-overlay.svg"), svg);
        for (String text : List.of(
                "Client actions",
                "Back stage",
                "line of interaction",
                "line of visibility",
                "line of internal interaction",
                "Hand over the key",
                "顾客拿房卡进房间",
                "50% within standard",
                "misses its standard")) {
            assertTrue(svg.contains(text), text);
        }
        assertTrue(svg.contains("rgb(253,228,225)") || svg.contains("#fde4e1"), "the greeting is filled red");
        String plain = new BlueprintDiagram().svg(CHECK_IN, null, Locale.ENGLISH);
        assertFalse(plain.contains("within standard"));
    }

    @Test
    void the_png_is_the_same_drawing_at_twice_the_size() throws IOException {
        byte[] png = new BlueprintDiagram().png(CHECK_IN, overlay(), Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target/diagrams"));
        Files.write(Path.of("target/diagrams/check-in-overlay-zh.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // three columns of 184 beside a 150 label column and a 16 margin, doubled
        assertEquals((150 + 3 * 184 + 16) * 2, image.getWidth());
        assertEquals((58 + 4 * 150 + 34) * 2, image.getHeight());
    }

    @Test
    void a_step_and_its_blueprint_are_named_in_the_readers_language_when_they_have_a_translation() {
        StepView greet = new StepView(
                "g",
                "g",
                Lane.FRONT_STAGE,
                1,
                "Greet the guest",
                null,
                TenantRole.SERVICE_STAFF,
                2,
                null,
                false,
                true,
                new Translated("问候客人", null));
        VersionView version = new VersionView(
                "v",
                "b",
                "Hotel check-in",
                null,
                1,
                VersionStatus.PUBLISHED,
                Instant.EPOCH,
                "admin",
                Instant.EPOCH,
                "admin",
                null,
                null,
                List.of(greet),
                List.of(),
                List.of(),
                new Translated("酒店入住", null));
        String simplified = new BlueprintDiagram().svg(version, null, Locale.SIMPLIFIED_CHINESE);
        assertTrue(simplified.contains("问候客人") && !simplified.contains("Greet the guest"));
        assertTrue(simplified.contains("酒店入住") && !simplified.contains("Hotel check-in"), "the title too");
        String traditional = new BlueprintDiagram().svg(version, null, Locale.TRADITIONAL_CHINESE);
        assertTrue(traditional.contains("Greet the guest"), "no translation: the name as written");
    }
}
