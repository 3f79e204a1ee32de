package app.rapport.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ReasonCode;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI text comes from the bundles, and every bundle has every key. */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /** Calls that put text on the screen, with a string literal that holds a letter. */
    private static final Pattern LITERAL_UI_TEXT = Pattern.compile(
            "(\\b(setText|setLabel|setHeader|setHeaderTitle|setPlaceholder|setHelperText|setErrorMessage"
                    + "|setAriaLabel|setEmptyStateText|setTitle|setTooltipText|Notification\\.show"
                    + "|Notices\\.(success|problem|error))"
                    + "|\\bnew (Button|Span|H[1-6]|Paragraph|Text|NativeLabel|Div|TextField|TextArea|EmailField"
                    + "|Checkbox|Tab|SideNavItem|Notification|ConfirmDialog))\\(\\s*\"[^\"]*\\p{L}");

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_zh_TW"})
    void each_translation_has_exactly_the_english_keys(String suffix) throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> other = new TreeSet<>(bundle(suffix).stringPropertyNames());
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "missing in messages" + suffix);
        assertEquals(Set.of(), extra, "unknown in messages" + suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_zh_TW"})
    void no_message_is_blank_and_placeholders_match(String suffix) throws IOException {
        Properties english = bundle("");
        Properties p = bundle(suffix);
        for (String key : p.stringPropertyNames()) {
            assertTrue(!p.getProperty(key).isBlank(), key + " is blank in messages" + suffix);
            assertEquals(placeholders(english.getProperty(key)), placeholders(p.getProperty(key)), key + suffix);
        }
    }

    private static Set<String> placeholders(String s) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+|[a-zA-Z]+)}").matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void every_code_the_api_sends_has_a_message() throws IOException {
        Properties english = bundle("");
        List<String> missing = new ArrayList<>();
        for (ProblemCode c : ProblemCode.values()) {
            if (english.getProperty("problem." + c.wire()) == null) {
                missing.add("problem." + c.wire());
            }
        }
        for (ReasonCode c : ReasonCode.values()) {
            if (english.getProperty("reason." + c.name()) == null) {
                missing.add("reason." + c.name());
            }
        }
        for (FieldCode c : FieldCode.values()) {
            if (english.getProperty("field." + c.name()) == null) {
                missing.add("field." + c.name());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void every_tenant_migration_is_named_in_every_language() throws IOException {
        Path migrations = Path.of("../backend/server/src/main/resources/db/tenant");
        List<String> versions;
        try (var files = Files.list(migrations)) {
            versions = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .toList();
        }
        assertTrue(versions.size() >= 10, versions.toString());
        for (String suffix : List.of("", "_zh_CN", "_zh_TW")) {
            Properties bundle = bundle(suffix);
            List<String> unnamed = versions.stream()
                    .filter(v -> bundle.getProperty("tenant.migration.v." + v) == null)
                    .toList();
            assertEquals(List.of(), unnamed, "messages" + suffix);
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Properties english = bundle("");
        List<String> unknown = new ArrayList<>();
        for (Path f : javaFiles()) {
            Matcher m = KEY_IN_SOURCE.matcher(Files.readString(f));
            while (m.find()) {
                String key = m.group(1);
                boolean known = key.endsWith(".")
                        ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : english.getProperty(key) != null;
                if (!known) {
                    unknown.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void no_literal_text_is_put_on_the_screen() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path f : javaFiles()) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL_UI_TEXT.matcher(lines.get(i)).find()) {
                    literals.add(f.getFileName() + ":" + (i + 1) + ": "
                            + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), literals);
    }

    @Test
    void the_literal_check_catches_what_it_should() {
        assertTrue(LITERAL_UI_TEXT.matcher("add(new Button(\"Save\"));").find());
        assertTrue(LITERAL_UI_TEXT.matcher("field.setLabel(\"名称\");").find());
        assertTrue(!LITERAL_UI_TEXT.matcher("b.setId(\"client-save\");").find());
        assertTrue(!LITERAL_UI_TEXT
                .matcher("new Button(getTranslation(\"action.save\"))")
                .find());
    }

    @Test
    void every_value_shown_by_name_has_a_label() throws IOException {
        Properties english = bundle("");
        List<String> keys = new ArrayList<>();
        for (var k : app.rapport.api.client.ClientKind.values()) {
            keys.add("client.kind." + k);
        }
        for (var s : app.rapport.api.operator.TenantStatus.values()) {
            keys.add("tenant.status." + s);
        }
        for (var v : app.rapport.api.complaint.ComplaintStatus.values()) {
            keys.add("complaint.status." + v);
        }
        for (var v : app.rapport.api.complaint.ComplaintAction.values()) {
            keys.add("complaint.action." + v);
        }
        for (var v : app.rapport.api.complaint.ComplaintEventKind.values()) {
            keys.add("complaint.event." + v);
        }
        for (var v : app.rapport.api.complaint.ComplaintCause.values()) {
            keys.add("complaint.cause." + v);
        }
        for (var v : app.rapport.api.complaint.Severity.values()) {
            keys.add("complaint.severity." + v);
        }
        for (var v : app.rapport.api.complaint.RecoveryItem.values()) {
            keys.add("complaint.recovery." + v);
            keys.add("complaint.recovery." + v + ".help");
            keys.add("complaint.open." + v);
        }
        for (var v : app.rapport.api.complaint.CompensationKind.values()) {
            keys.add("complaint.compensation." + v);
        }
        for (var v : app.rapport.api.complaint.ComplaintQueue.values()) {
            keys.add("complaint.queue." + v);
        }
        for (var v : app.rapport.api.quality.QualityMetric.values()) {
            keys.add("quality.metric." + v);
            keys.add("quality.unit." + v);
            if (v.kind() == app.rapport.api.quality.ChartKind.XMR) {
                keys.add("quality.counted." + v);
            }
        }
        for (var v : app.rapport.api.quality.ChartKind.values()) {
            keys.add("quality.kind." + v);
        }
        for (var v : app.rapport.api.quality.ChartRules.values()) {
            keys.add("quality.rules." + v);
        }
        for (var v : app.rapport.api.quality.ChartRule.values()) {
            keys.add("quality.rule." + v);
        }
        keys.add("sla.step.when.PERCENT");
        keys.add("sla.step.when.MINUTES_BEFORE");
        for (var v : app.rapport.api.care.CareSource.values()) {
            keys.add("care.source." + v);
        }
        for (var v : app.rapport.api.lifecycle.TimelineKind.values()) {
            keys.add("timeline." + v);
        }
        for (var v : app.rapport.api.sla.SlaMilestone.values()) {
            keys.add("sla.milestone." + v);
        }
        for (var v : app.rapport.api.sla.ClockState.values()) {
            keys.add("sla.state." + v);
        }
        for (var v : app.rapport.api.sla.HoldReason.values()) {
            keys.add("sla.hold." + v);
        }
        for (var v : app.rapport.api.sla.EscalationAction.values()) {
            keys.add("sla.escalation." + v);
        }
        for (var v : app.rapport.api.inbox.NoticeKind.values()) {
            keys.add("inbox.kind." + v);
        }
        for (var v : app.rapport.api.sla.ReopenRule.values()) {
            keys.add("sla.reopen." + v);
        }
        for (int step = 2; step <= 8; step++) {
            keys.add("complaint.step.name." + step);
        }
        for (var v : app.rapport.api.survey.InvitationStatus.values()) {
            keys.add("survey.status." + v);
        }
        for (var v : app.rapport.api.survey.SurveyTrigger.values()) {
            keys.add("survey.trigger." + v);
            // a rule is sent by neither a member's hand nor a recording
            if (v != app.rapport.api.survey.SurveyTrigger.MANUAL
                    && v != app.rapport.api.survey.SurveyTrigger.RECORDED) {
                keys.add("survey.rule.trigger." + v);
            }
        }
        for (var v : app.rapport.api.survey.SurveyChannel.values()) {
            keys.add("survey.channel." + v);
        }
        for (var v : app.rapport.api.benchmark.MetricSource.values()) {
            keys.add("benchmark.source." + v);
            if (v != app.rapport.api.benchmark.MetricSource.MANUAL) {
                keys.add("benchmark.unit." + v);
            }
        }
        for (var v : app.rapport.api.complaint.ComplaintDimension.values()) {
            keys.add("complaint.stats.by." + v);
            keys.add("complaint.stats.none." + v);
        }
        for (var v : app.rapport.api.survey.IndexGrouping.values()) {
            keys.add("survey.index.by." + v);
            keys.add("survey.index.none." + v);
        }
        for (var v : app.rapport.api.survey.IndexPeriod.values()) {
            keys.add("survey.index.period." + v);
        }
        for (var v : app.rapport.api.survey.SkipReason.values()) {
            keys.add("survey.skipped." + v);
        }
        for (var v : app.rapport.api.survey.NpsGroup.values()) {
            keys.add("survey.nps." + v);
        }
        for (var v : app.rapport.api.survey.QuestionType.values()) {
            keys.add("survey.type." + v);
            keys.add("form.default." + v);
        }
        for (var v : app.rapport.api.survey.InstrumentTemplate.values()) {
            keys.add("survey.template." + v);
        }
        for (var v : app.rapport.api.survey.ServqualWording.values()) {
            keys.add("survey.wording." + v);
            keys.add("survey.wording.help." + v);
        }
        for (var v : app.rapport.api.survey.ServqualDimension.values()) {
            keys.add("servqual.dimension." + v);
            keys.add("form.servqual.dimension." + v);
        }
        for (var v : app.rapport.api.care.CareKind.values()) {
            keys.add("care.kind." + v);
        }
        for (var v : app.rapport.api.lifecycle.SignalKind.values()) {
            keys.add("signal." + v);
        }
        for (var v : app.rapport.api.complaint.ComplaintCause.values()) {
            // the public form offers the causes a client can name (not "different yardstick", "unreasonable demand")
            if (v != app.rapport.api.complaint.ComplaintCause.DIFFERENT_YARDSTICK
                    && v != app.rapport.api.complaint.ComplaintCause.UNREASONABLE_DEMAND) {
                keys.add("form.reason." + v);
            }
        }
        for (var l : app.rapport.ui.platform.i18n.MessagesI18NProvider.LOCALES) {
            keys.add("language." + l.toLanguageTag());
        }
        assertEquals(
                List.of(),
                keys.stream().filter(k -> english.getProperty(k) == null).toList());
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void an_apostrophe_in_a_message_with_arguments_stays_and_the_argument_is_filled_in() {
        MessagesI18NProvider provider = new MessagesI18NProvider();
        assertEquals(
                "First admin's login: amy", provider.getTranslation("tenant.provisioned.admin", Locale.ENGLISH, "amy"));
        for (Locale locale : provider.getProvidedLocales()) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            for (String key : bundle.keySet()) {
                if (!bundle.getString(key).matches("(?s).*\\{\\d}.*")) {
                    continue; // no positional argument: worded by Wording with named ones, or plain text
                }
                String text = provider.getTranslation(key, locale, 1, 2, 3, 4, 5, 6, 7, 8);
                assertFalse(text.matches(".*\\{\\d}.*"), locale + " " + key + ": " + text);
            }
        }
    }
}
