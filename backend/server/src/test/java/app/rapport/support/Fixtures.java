package app.rapport.support;

import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ContactWrite;
import java.util.List;
import java.util.UUID;

/** Static factories for request bodies; every name carries a unique marker so tests never see each other's rows. */
public final class Fixtures {
    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ClientWrite organisation(String name) {
        return new ClientWrite(
                ClientKind.ORGANISATION,
                name,
                "Hospitality",
                "desk@example.test",
                "+86 21 5555 0101",
                "Shanghai",
                "https://example.test",
                "Prefers morning calls",
                List.of(new ContactWrite("Li Na", "Travel manager", "li.na@example.test", "+86 139 0000 0001", true)));
    }

    public static ClientWrite person(String name) {
        return new ClientWrite(ClientKind.PERSON, name, null, null, null, "Hangzhou", null, null, null);
    }
}
