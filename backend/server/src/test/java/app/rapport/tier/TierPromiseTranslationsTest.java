package app.rapport.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.api.common.TenantRole;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.support.ApiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tier's service promise is kept as written with its optional translations; a reader without one sees the text. */
class TierPromiseTranslationsTest extends ApiTest {
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
}
