package app.rapport.ui.survey;

import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.FormQuestion;
import app.rapport.api.survey.FormStatement;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyForm;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.Wording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public form's pages as HTML: the form, the thank-you page and the friendly refusals. Every text comes from the
 * {@code messages} bundles in the page's language, every value is escaped. Accessible without script: each group of
 * choices is a fieldset with a legend, each choice a labelled radio button or box, errors are linked to their
 * question; the script only hides the "why?" boxes until a low score is picked and adds up the importance points.
 */
final class SurveyPage {
    /** The causes a client can name for a low score, worded from the client's side (the others are our diagnosis). */
    static final List<ComplaintCause> CLIENT_REASONS = List.of(
            ComplaintCause.PRODUCT_QUALITY,
            ComplaintCause.REPAIR_QUALITY,
            ComplaintCause.NETWORK_FAULT,
            ComplaintCause.STAFF_MISTAKE,
            ComplaintCause.SHOP_STAFF_QUALITY,
            ComplaintCause.POLICY_DISAGREEMENT,
            ComplaintCause.EXPECTATIONS_ABOVE_STANDARD);

    private static final MessagesI18NProvider MESSAGES = new MessagesI18NProvider();

    private SurveyPage() {}

    static String form(SurveyForm form, String token, Map<String, String[]> posted, List<FieldProblem> problems) {
        Locale locale = MessagesI18NProvider.supported(Locale.forLanguageTag(form.language()));
        Map<String, List<String>> errors = errorsByQuestion(form.questions(), problems, locale);
        StringBuilder b = new StringBuilder();
        head(b, locale, form.title() + " · " + form.tenantName());
        b.append("<header><p class=\"firm\">").append(esc(form.tenantName())).append("</p>");
        languages(b, locale, token);
        b.append("</header><main><h1>").append(esc(form.title())).append("</h1>");
        b.append("<p class=\"note\">")
                .append(esc(t(locale, "form.privacy", form.tenantName())))
                .append("</p>");
        if (!errors.isEmpty()) {
            b.append("<div class=\"summary\" role=\"alert\" tabindex=\"-1\" id=\"errors\"><p>")
                    .append(esc(t(locale, "form.errors")))
                    .append("</p><ul>");
            errors.forEach((key, texts) -> {
                for (String text : texts) {
                    b.append("<li>");
                    if (!key.isEmpty()) {
                        b.append("<a href=\"#q-").append(esc(key)).append("\">");
                    }
                    b.append(esc(text));
                    if (!key.isEmpty()) {
                        b.append("</a>");
                    }
                    b.append("</li>");
                }
            });
            b.append("</ul></div>");
        }
        b.append("<form method=\"post\" action=\"")
                .append(PublicSurveyServlet.PATH)
                .append(esc(token))
                .append("\" accept-charset=\"UTF-8\">");
        b.append("<input type=\"hidden\" name=\"lang\" value=\"")
                .append(esc(form.language()))
                .append("\">");
        for (FormQuestion q : form.questions()) {
            List<String> mine = errors.getOrDefault(q.key(), List.of());
            switch (q.type()) {
                case TEXT -> text(b, locale, q, posted, mine);
                case SERVQUAL -> servqual(b, locale, q, posted, mine, form.tenantName());
                default -> scored(b, locale, q, posted, mine);
            }
        }
        b.append("<p class=\"optout\"><label><input type=\"checkbox\" name=\"optOut\" value=\"1\"")
                .append(FormAnswers.one(posted, "optOut") != null ? " checked" : "")
                .append("> ")
                .append(esc(t(locale, "form.optOut")))
                .append("</label></p>");
        b.append("<button type=\"submit\" id=\"survey-submit\">")
                .append(esc(t(locale, "form.submit")))
                .append("</button></form></main>");
        b.append(SCRIPT);
        b.append("</body></html>");
        return b.toString();
    }

    static String message(Locale locale, String titleKey, String textKey) {
        StringBuilder b = new StringBuilder();
        String title = t(locale, titleKey);
        head(b, locale, title);
        b.append("<main class=\"message\"><h1>")
                .append(esc(title))
                .append("</h1><p>")
                .append(esc(t(locale, textKey)))
                .append("</p></main></body></html>");
        return b.toString();
    }

    static String problem(Locale locale, String code) {
        return message(locale, "form.problem." + code + ".title", "form.problem." + code + ".text");
    }

    private static void scored(
            StringBuilder b, Locale locale, FormQuestion q, Map<String, String[]> posted, List<String> errors) {
        QuestionType type = q.type();
        String name = "q." + q.key();
        String chosen = FormAnswers.one(posted, name);
        String id = "q-" + q.key();
        b.append("<fieldset id=\"")
                .append(esc(id))
                .append("\" class=\"question scale-")
                .append(type.name());
        b.append(errors.isEmpty() ? "\"" : " invalid\" aria-invalid=\"true\"");
        b.append(" aria-describedby=\"").append(esc(id)).append("-anchors\">");
        legend(b, locale, q);
        problems(b, errors);
        b.append("<div class=\"choices\">");
        for (int v = type.min(); v <= type.max(); v++) {
            String value = String.valueOf(v);
            b.append("<label class=\"choice\"><input type=\"radio\" name=\"")
                    .append(esc(name))
                    .append("\" value=\"")
                    .append(value)
                    .append('"')
                    .append(q.required() && v == type.min() ? " required" : "")
                    .append(value.equals(chosen) ? " checked" : "")
                    .append(q.askWhyAtMost() != null ? " data-why=\"" + esc(q.key()) + "\"" : "")
                    .append("><span>")
                    .append(value)
                    .append("</span></label>");
        }
        b.append("</div><p class=\"anchors\" id=\"").append(esc(id)).append("-anchors\"><span>");
        b.append(esc(t(locale, "form.scale." + type.name() + ".low", type.min())));
        b.append("</span><span>");
        b.append(esc(t(locale, "form.scale." + type.name() + ".high", type.max())));
        b.append("</span></p>");
        if (q.askWhyAtMost() != null) {
            List<String> ticked = FormAnswers.all(posted, "why." + q.key());
            b.append("<fieldset class=\"why\" data-why-for=\"")
                    .append(esc(q.key()))
                    .append("\" data-why-at=\"")
                    .append(q.askWhyAtMost())
                    .append("\"><legend>")
                    .append(esc(t(locale, "form.why", q.askWhyAtMost())))
                    .append("</legend>");
            for (ComplaintCause c : CLIENT_REASONS) {
                b.append("<label class=\"reason\"><input type=\"checkbox\" name=\"why.")
                        .append(esc(q.key()))
                        .append("\" value=\"")
                        .append(c.name())
                        .append('"')
                        .append(ticked.contains(c.name()) ? " checked" : "")
                        .append("> ")
                        .append(esc(t(locale, "form.reason." + c.name())))
                        .append("</label>");
            }
            b.append("</fieldset>");
        }
        b.append("</fieldset>");
    }

    private static void text(
            StringBuilder b, Locale locale, FormQuestion q, Map<String, String[]> posted, List<String> errors) {
        String id = "q-" + q.key();
        b.append("<div class=\"question")
                .append(errors.isEmpty() ? "" : " invalid")
                .append("\">");
        b.append("<label class=\"legend\" for=\"").append(esc(id)).append("\">");
        b.append(esc(questionText(locale, q)));
        if (q.required()) {
            b.append(" <span class=\"req\">")
                    .append(esc(t(locale, "form.required")))
                    .append("</span>");
        }
        b.append("</label>");
        problems(b, errors);
        b.append("<textarea id=\"")
                .append(esc(id))
                .append("\" name=\"q.")
                .append(esc(q.key()))
                .append("\" rows=\"4\" maxlength=\"2000\"")
                .append(q.required() ? " required" : "")
                .append(errors.isEmpty() ? "" : " aria-invalid=\"true\"")
                .append('>');
        String[] values = posted.get("q." + q.key());
        if (values != null && values.length > 0 && values[0] != null) {
            b.append(esc(values[0]));
        }
        b.append("</textarea></div>");
    }

    private static void servqual(
            StringBuilder b,
            Locale locale,
            FormQuestion q,
            Map<String, String[]> posted,
            List<String> errors,
            String firm) {
        String id = "q-" + q.key();
        b.append("<section id=\"")
                .append(esc(id))
                .append("\" class=\"servqual")
                .append(errors.isEmpty() ? "" : " invalid")
                .append("\"><h2>")
                .append(esc(questionText(locale, q)))
                .append("</h2>");
        problems(b, errors);
        String[] parts = {"e", "p"};
        for (String part : parts) {
            boolean expectation = part.equals("e");
            b.append("<h3>")
                    .append(esc(
                            t(locale, expectation ? "form.servqual.expectations" : "form.servqual.perceptions", firm)))
                    .append("</h3><p class=\"note\">")
                    .append(esc(t(locale, "form.servqual.scale")))
                    .append("</p>");
            for (FormStatement s : q.statements()) {
                String name = part + "." + q.key() + "." + s.item();
                String chosen = FormAnswers.one(posted, name);
                b.append("<fieldset class=\"statement\"><legend><span class=\"num\">")
                        .append(s.item())
                        .append(".</span> ")
                        .append(esc(expectation ? s.expectation() : s.perception()))
                        .append("</legend><div class=\"choices seven\">");
                for (int v = 1; v <= 7; v++) {
                    String value = String.valueOf(v);
                    b.append("<label class=\"choice\"><input type=\"radio\" name=\"")
                            .append(esc(name))
                            .append("\" value=\"")
                            .append(value)
                            .append('"')
                            .append(q.required() && v == 1 ? " required" : "")
                            .append(value.equals(chosen) ? " checked" : "")
                            .append(" aria-label=\"")
                            .append(esc(t(locale, "form.servqual.point", v)))
                            .append("\"><span>")
                            .append(value)
                            .append("</span></label>");
                }
                b.append("</div></fieldset>");
            }
        }
        if (q.importancePoints()) {
            b.append("<fieldset class=\"points\" id=\"")
                    .append(esc(id))
                    .append("-points\"><legend>")
                    .append(esc(t(locale, "form.servqual.points")))
                    .append("</legend>");
            for (ServqualDimension d : ServqualDimension.values()) {
                String name = "pts." + q.key() + "." + d.name();
                String inputId = "pts-" + q.key() + "-" + d.name();
                String value = FormAnswers.one(posted, name);
                b.append("<div class=\"point\"><label for=\"")
                        .append(esc(inputId))
                        .append("\">")
                        .append(esc(t(locale, "form.servqual.dimension." + d.name())))
                        .append("</label><input type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"100\" step=\"1\"")
                        .append(" id=\"")
                        .append(esc(inputId))
                        .append("\" name=\"")
                        .append(esc(name))
                        .append("\" value=\"")
                        .append(value == null ? "" : esc(value))
                        .append("\" data-points=\"")
                        .append(esc(q.key()))
                        .append("\"></div>");
            }
            b.append("<p class=\"total\" aria-live=\"polite\" data-total=\"")
                    .append(esc(q.key()))
                    .append("\" data-pattern=\"")
                    .append(esc(t(locale, "form.points.total", "#")))
                    .append("\"></p></fieldset>");
        }
        b.append("</section>");
    }

    private static void legend(StringBuilder b, Locale locale, FormQuestion q) {
        b.append("<legend>").append(esc(questionText(locale, q)));
        if (q.required()) {
            b.append(" <span class=\"req\">")
                    .append(esc(t(locale, "form.required")))
                    .append("</span>");
        }
        b.append("</legend>");
    }

    private static void problems(StringBuilder b, List<String> errors) {
        for (String e : errors) {
            b.append("<p class=\"error\">").append(esc(e)).append("</p>");
        }
    }

    /** The question as the tenant wrote it, or the form's own question of its type when they wrote none. */
    private static String questionText(Locale locale, FormQuestion q) {
        return q.text() == null || q.text().isBlank()
                ? t(locale, "form.default." + q.type().name())
                : q.text();
    }

    private static void languages(StringBuilder b, Locale current, String token) {
        b.append("<nav class=\"languages\" aria-label=\"")
                .append(esc(t(current, "form.language")))
                .append("\">");
        for (Locale l : MessagesI18NProvider.LOCALES) {
            String tag = l.toLanguageTag();
            boolean here = l.equals(current);
            b.append("<a href=\"")
                    .append(PublicSurveyServlet.PATH)
                    .append(esc(token))
                    .append("?lang=")
                    .append(tag)
                    .append("\" lang=\"")
                    .append(tag)
                    .append('"')
                    .append(here ? " aria-current=\"true\"" : "")
                    .append('>')
                    .append(esc(t(l, "language." + tag)))
                    .append("</a>");
        }
        b.append("</nav>");
    }

    /** The API's field problems by the question they name ("" for those of no one question), worded. */
    private static Map<String, List<String>> errorsByQuestion(
            List<FormQuestion> questions, List<FieldProblem> problems, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = p.field() == null ? "" : p.field();
            int dot = field.indexOf('.');
            String key = dot < 0 ? field : field.substring(0, dot);
            boolean known = questions.stream().anyMatch(q -> q.key().equals(key));
            errors.computeIfAbsent(known ? key : "", k -> new ArrayList<>()).add(Wording.field(p, locale));
        }
        return errors;
    }

    private static void head(StringBuilder b, Locale locale, String title) {
        b.append("<!DOCTYPE html><html lang=\"")
                .append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\"><title>")
                .append(esc(title))
                .append("</title>")
                .append(STYLE)
                .append("</head><body>");
    }

    static String t(Locale locale, String key, Object... args) {
        return MESSAGES.getTranslation(key, locale, args);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            <style>
            *{box-sizing:border-box}
            body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",\
            "Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f6f7f9}
            header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;\
            padding:.75rem 1rem;background:#fff;border-bottom:1px solid #e3e5e8}
            .firm{margin:0;font-weight:600}
            .languages a{margin-left:.75rem;color:#1a56db}
            .languages a[aria-current]{font-weight:600;color:#1a1a1a;text-decoration:none}
            main{max-width:40rem;margin:0 auto;padding:1rem}
            h1{font-size:1.4rem;margin:.5rem 0}
            h2{font-size:1.2rem}
            h3{font-size:1.05rem;margin-top:1.5rem}
            .note{color:#555;font-size:.95rem}
            fieldset,.question{border:0;margin:0 0 1.25rem;padding:1rem;background:#fff;border-radius:.75rem;\
            min-width:0}
            legend,.legend{font-weight:600;padding:0;margin-bottom:.5rem;display:block;float:left;width:100%}
            legend+*{clear:both}
            .req{font-weight:400;color:#b42318;font-size:.85rem}
            .choices{display:grid;grid-template-columns:repeat(auto-fit,minmax(2.6rem,1fr));gap:.35rem;clear:both}
            .scale-NPS .choices{grid-template-columns:repeat(11,minmax(0,1fr));gap:.2rem}
            .choice{position:relative;display:block}
            .choice input{position:absolute;opacity:0;inset:0;width:100%;height:100%;margin:0;cursor:pointer}
            .choice span{display:flex;align-items:center;justify-content:center;min-height:2.75rem;\
            border:1px solid #b8bec6;border-radius:.5rem;background:#fff}
            .choice input:checked+span{background:#1a56db;border-color:#1a56db;color:#fff;font-weight:600}
            .choice input:focus-visible+span{outline:3px solid #f59e0b;outline-offset:2px}
            .anchors{display:flex;justify-content:space-between;gap:1rem;font-size:.85rem;color:#555;margin:.35rem 0 0}
            .why{background:#f6f7f9;margin:.75rem 0 0;clear:both}
            .reason{display:flex;gap:.5rem;align-items:flex-start;padding:.35rem 0}
            .reason input,.optout input{width:1.25rem;height:1.25rem;flex:none;margin-top:.15rem}
            .statement{padding:.75rem 1rem}
            .statement legend{font-weight:400}
            .num{font-weight:600}
            .point{display:flex;justify-content:space-between;gap:1rem;align-items:center;padding:.35rem 0;clear:both}
            .point input{width:5rem;font:inherit;padding:.4rem;border:1px solid #b8bec6;border-radius:.4rem}
            textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #b8bec6;border-radius:.5rem;clear:both}
            .invalid{outline:2px solid #b42318}
            .error{color:#b42318;margin:.25rem 0;clear:both}
            .summary{background:#fdecea;border-radius:.75rem;padding:.75rem 1rem;margin-bottom:1rem}
            .summary a{color:#b42318}
            .optout label{display:flex;gap:.5rem;align-items:flex-start}
            button{width:100%;font:inherit;font-weight:600;padding:.85rem;border:0;border-radius:.6rem;\
            background:#1a56db;color:#fff;cursor:pointer;margin:.5rem 0 2rem}
            button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
            .message{text-align:center;padding-top:3rem}
            </style>
            """;

    /** Hides each "why?" box until its score is low enough to ask; adds up the importance points as they are typed. */
    private static final String SCRIPT = """
            <script>
            (function(){
            function why(key){var box=document.querySelector('[data-why-for="'+key+'"]');if(!box)return;
            var at=+box.getAttribute('data-why-at');var c=document.querySelector('input[name="q.'+key+'"]:checked');
            box.hidden=!(c&&+c.value<=at);}
            document.querySelectorAll('[data-why-for]').forEach(function(b){why(b.getAttribute('data-why-for'));});
            document.querySelectorAll('input[data-why]').forEach(function(i){
            i.addEventListener('change',function(){why(i.getAttribute('data-why'));});});
            function total(key){var out=document.querySelector('[data-total="'+key+'"]');if(!out)return;var s=0;
            document.querySelectorAll('input[data-points="'+key+'"]').forEach(function(i){s+=(+i.value||0);});
            out.textContent=out.getAttribute('data-pattern').replace('#',s);}
            document.querySelectorAll('[data-total]').forEach(function(o){var k=o.getAttribute('data-total');total(k);
            document.querySelectorAll('input[data-points="'+k+'"]').forEach(function(i){
            i.addEventListener('input',function(){total(k);});});});
            })();
            </script>
            """;
}
