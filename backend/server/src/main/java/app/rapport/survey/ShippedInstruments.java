package app.rapport.survey;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.api.survey.ServqualWording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The instruments Rapport ships, in English with 简体 and 繁體 translations, as a tenant starts from them: they are
 * the tenant's to adapt once saved. {@code {firm}} in a text is the tenant's name on the form. The SERVQUAL statements
 * are the 1988 ones ({@code survey/servqual-1988.tsv}).
 */
final class ShippedInstruments {
    static final List<ServqualStatement> SERVQUAL_1988 = load();

    private ShippedInstruments() {}

    static InstrumentWrite of(InstrumentTemplate template) {
        return switch (template) {
            case AFTER_COMPLAINT ->
                new InstrumentWrite(
                        "After a complaint",
                        new Translated("投诉处理回访", "投訴處理回訪"),
                        List.of(
                                scored(
                                        "satisfaction",
                                        QuestionType.CSAT,
                                        "How satisfied are you with how {firm} handled your complaint?",
                                        new Translated("您对{firm}处理您投诉的方式满意吗？", "您對{firm}處理您投訴的方式滿意嗎？"),
                                        3),
                                scored(
                                        "effort",
                                        QuestionType.EFFORT,
                                        "How easy was it to get your issue resolved?",
                                        new Translated("解决您的问题容易吗？", "解決您的問題容易嗎？"),
                                        null),
                                text(
                                        "better",
                                        "Is there anything we could have done better?",
                                        new Translated("我们还有哪些地方可以做得更好？", "我們還有哪些地方可以做得更好？"))),
                        4);
            case RELATIONSHIP ->
                new InstrumentWrite(
                        "Relationship survey",
                        new Translated("客户关系调查", "客戶關係調查"),
                        List.of(
                                scored(
                                        "recommend",
                                        QuestionType.NPS,
                                        "How likely are you to recommend {firm} to a friend or colleague?",
                                        new Translated("您向朋友或同事推荐{firm}的可能性有多大？", "您向朋友或同事推薦{firm}的可能性有多大？"),
                                        6),
                                text(
                                        "reason",
                                        "What is the main reason for your score?",
                                        new Translated("您给出这个分数的主要原因是什么？", "您給出這個分數的主要原因是什麼？"))),
                        4);
            case SERVQUAL ->
                new InstrumentWrite(
                        "Service quality (SERVQUAL)",
                        new Translated("服务质量调查（SERVQUAL）", "服務品質調查（SERVQUAL）"),
                        List.of(
                                new Question(
                                        "servqual",
                                        QuestionType.SERVQUAL,
                                        "For each statement, say how far you agree: first about firms offering services"
                                                + " like these (what you expect), then about {firm} (what you found)."
                                                + " 1 = strongly disagree, 7 = strongly agree.",
                                        new Translated(
                                                "请就每一项陈述表明您的同意程度：先针对提供此类服务的企业（您的期望），再针对{firm}"
                                                        + "（您的实际感受）。1 = 非常不同意，7 = 非常同意。",
                                                "請就每一項陳述表明您的同意程度：先針對提供此類服務的企業（您的期望），再針對{firm}"
                                                        + "（您的實際感受）。1 = 非常不同意，7 = 非常同意。"),
                                        true,
                                        null,
                                        ServqualWording.W1988,
                                        SERVQUAL_1988,
                                        true),
                                text(
                                        "comment",
                                        "Anything else you would like to tell us?",
                                        new Translated("您还有什么想告诉我们的吗？", "您還有什麼想告訴我們的嗎？"))),
                        4);
        };
    }

    private static Question scored(String key, QuestionType type, String text, Translated tr, Integer askWhyAtMost) {
        return new Question(key, type, text, tr, true, askWhyAtMost, null, null, false);
    }

    private static Question text(String key, String text, Translated tr) {
        return new Question(key, QuestionType.TEXT, text, tr, false, null, null, null, false);
    }

    private static List<ServqualStatement> load() {
        try (InputStream in = ShippedInstruments.class.getResourceAsStream("/survey/servqual-1988.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<ServqualStatement> statements = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                statements.add(new ServqualStatement(
                        Integer.parseInt(f[0]), f[1], new Translated(f[3], f[5]), f[2], new Translated(f[4], f[6])));
            }
            if (statements.size() != 22) {
                throw new IllegalStateException("the SERVQUAL file holds " + statements.size() + " statements");
            }
            return List.copyOf(statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
