package app.rapport.ui.care;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.care.Member;
import app.rapport.api.common.TenantRole;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Members are listed as a reader of the page's language sorts names. */
class MemberNamesTest {
    private static final List<Member> TEAM = List.of(
            new Member("wang", "王芳", TenantRole.SERVICE_STAFF),
            new Member("amy", "Amy", TenantRole.ACCOUNT_MANAGER),
            new Member("li", "李雷", TenantRole.ACCOUNT_MANAGER),
            new Member("zhang", "张伟", TenantRole.TENANT_ADMIN),
            new Member("bob", "bob", TenantRole.SERVICE_STAFF),
            new Member("chen", "陈静", TenantRole.SERVICE_STAFF));

    @Test
    void chinese_names_sort_by_pinyin_after_latin_ones_alphabetically() {
        assertEquals(
                List.of("amy", "bob", "chen", "li", "wang", "zhang"),
                MemberNames.sorted(TEAM, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void latin_names_sort_alphabetically_whatever_their_case() {
        List<String> sorted = MemberNames.sorted(TEAM, Locale.ENGLISH);
        assertEquals(List.of("amy", "bob"), sorted.subList(0, 2));
    }
}
