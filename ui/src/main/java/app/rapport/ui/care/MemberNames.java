package app.rapport.ui.care;

import app.rapport.api.care.Member;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Members' display names by username, for showing owners and actors as people rather than logins. */
public final class MemberNames {
    private MemberNames() {}

    /**
     * The members' usernames in the order a reader of {@code locale} expects their names: Chinese names by pinyin
     * (简体) or by strokes (繁體), Latin ones alphabetically.
     */
    public static List<String> sorted(List<Member> members, Locale locale) {
        Collator collator = Collator.getInstance(MessagesI18NProvider.supported(locale));
        return members.stream()
                .sorted(Comparator.comparing(Member::name, collator))
                .map(Member::username)
                .toList();
    }

    public static Map<String, String> of(List<Member> members) {
        return members.stream().collect(Collectors.toMap(Member::username, Member::name, (a, b) -> a));
    }
}
