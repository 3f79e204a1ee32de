package app.rapport.lifecycle;

import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.care.ClientOwners;
import app.rapport.client.Clients;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Suggestions as the API shows them: with the client's name, owner and the signals read back. */
@Singleton
class SuggestionViews {
    private final Clients clients;
    private final ClientOwners owners;
    private final SignalsJson signals;

    SuggestionViews(Clients clients, ClientOwners owners, SignalsJson signals) {
        this.clients = clients;
        this.owners = owners;
        this.signals = signals;
    }

    SuggestionView one(SuggestionRow s) {
        return many(List.of(s)).get(0);
    }

    List<SuggestionView> many(List<SuggestionRow> rows) {
        Map<String, String> names =
                clients.names(rows.stream().map(SuggestionRow::clientId).toList());
        Map<String, String> ownerOf = rows.size() == 1 ? null : owners.all();
        return rows.stream()
                .map(s -> new SuggestionView(
                        s.id(),
                        s.clientId(),
                        names.getOrDefault(s.clientId(), ""),
                        ownerOf == null ? owners.ownerOf(s.clientId()) : ownerOf.get(s.clientId()),
                        s.fromStage(),
                        s.toStage(),
                        signals.read(s.signals()),
                        s.computedAt(),
                        s.status(),
                        s.decidedBy(),
                        s.decidedAt(),
                        s.decisionReason()))
                .toList();
    }
}
