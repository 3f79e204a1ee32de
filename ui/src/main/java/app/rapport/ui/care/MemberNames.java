package app.rapport.ui.care;

import app.rapport.api.care.Member;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Members' display names by username, for showing owners and actors as people rather than logins. */
public final class MemberNames {
    private MemberNames() {}

    public static Map<String, String> of(List<Member> members) {
        return members.stream().collect(Collectors.toMap(Member::username, Member::name, (a, b) -> a));
    }
}
