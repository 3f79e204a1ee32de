package app.rapport.client;

import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The client itself and its contacts. Erasure goes first: it refuses an organisation (409), anonymises the person's
 * fields and removes the contacts; the id stays so that aggregates keep counting.
 */
@Singleton
final class ClientPersonalData implements PersonalDataPart {
    private final Clients clients;
    private final Contacts contactBook;

    ClientPersonalData(Clients clients, Contacts contactBook) {
        this.clients = clients;
        this.contactBook = contactBook;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public Set<String> tables() {
        return Set.of("client", "contact");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.client(clients.find(clientId));
    }

    @Override
    public List<String> erase(String clientId) {
        List<String> touched = new ArrayList<>(List.of(clientId));
        contactBook.contacts(clientId).forEach(c -> touched.add(c.id()));
        clients.anonymise(clientId);
        return touched;
    }
}
