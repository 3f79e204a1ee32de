package app.rapport.ui.support;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.PageView;
import app.rapport.api.directory.BulkCarePlan;
import app.rapport.api.directory.BulkHandover;
import app.rapport.api.directory.BulkResult;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryApi;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.api.directory.SavedView;
import app.rapport.api.directory.SavedViewWrite;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The client list in memory for view tests: the clients of {@link InMemoryClients} with the tier, stage, owner,
 * revenue and last contact a test gives them; the same filters, orders and paging as the API, saved views, and the
 * actions on a selection recorded in {@link #calls()}.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(DirectoryApi.class)
public class InMemoryDirectory implements DirectoryApi {
    /** How the relationship stands with one client, as a test sets it. */
    public record Standing(
            @Nullable String tierId,
            Stage stage,
            @Nullable String owner,
            @Nullable BigDecimal revenue,
            @Nullable Instant lastContactAt) {}

    private final InMemoryClients clients;
    private final Map<String, Standing> standing = new HashMap<>();
    private final Map<String, SavedView> views = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private boolean staff;

    InMemoryDirectory(InMemoryClients clients) {
        this.clients = clients;
    }

    public synchronized void stand(String clientId, Standing s) {
        standing.put(clientId, s);
    }

    /** Answer as the API answers service staff: no revenue. */
    public synchronized void asStaff() {
        staff = true;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized PageView<DirectoryEntry> list(
            @Nullable String q,
            @Nullable String tier,
            @Nullable Stage stage,
            @Nullable String owner,
            @Nullable Boolean mine,
            @Nullable Integer silentDays,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort) {
        calls.add("list q=" + q + " tier=" + tier + " stage=" + stage + " owner=" + owner + " mine=" + mine
                + " silentDays=" + silentDays + " page=" + page + " size=" + size + " sort=" + sort);
        String needle = q == null ? "" : q.toLowerCase(Locale.ROOT);
        Instant cutoff = silentDays == null ? null : Instant.now().minus(silentDays, ChronoUnit.DAYS);
        List<DirectoryEntry> found = clients.all().stream()
                .map(this::entry)
                .filter(e ->
                        (e.name() + " " + e.city()).toLowerCase(Locale.ROOT).contains(needle))
                .filter(e -> tier == null || Objects.equals(ClientFilter.NONE.equals(tier) ? null : tier, e.tierId()))
                .filter(e -> stage == null || e.stage() == stage)
                .filter(e -> owner == null || Objects.equals(ClientFilter.NONE.equals(owner) ? null : owner, e.owner()))
                .filter(e -> !Boolean.TRUE.equals(mine) || "harbour.manager".equals(e.owner()))
                .filter(e -> cutoff == null
                        || e.lastContactAt() == null
                        || e.lastContactAt().isBefore(cutoff))
                .sorted(order(sort))
                .toList();
        return FakePages.of(found, page, size);
    }

    private DirectoryEntry entry(ClientView c) {
        Standing st = standing.getOrDefault(c.id(), new Standing(null, Stage.EXPLORATION, null, BigDecimal.ZERO, null));
        return new DirectoryEntry(
                c.id(),
                c.kind(),
                c.name(),
                c.city(),
                c.email(),
                c.phone(),
                st.tierId(),
                st.stage(),
                st.owner(),
                staff ? null : st.revenue(),
                st.lastContactAt(),
                c.erasedAt());
    }

    private static Comparator<DirectoryEntry> order(@Nullable String sort) {
        String key = sort == null ? "name" : sort.replace("-", "");
        Function<DirectoryEntry, Comparable> field =
                switch (key) {
                    case "revenue12m" -> e -> e.revenue12m() == null ? BigDecimal.ZERO : e.revenue12m();
                    case "city" -> e -> String.valueOf(e.city());
                    case "stage" -> DirectoryEntry::stage;
                    case "owner" -> e -> String.valueOf(e.owner());
                    default -> DirectoryEntry::name;
                };
        @SuppressWarnings("unchecked")
        Comparator<DirectoryEntry> c = Comparator.comparing(field::apply);
        return sort != null && sort.startsWith("-") ? c.reversed() : c;
    }

    @Override
    public synchronized List<SavedView> views() {
        return List.copyOf(views.values());
    }

    @Override
    public synchronized SavedView view(String id) {
        return views.get(id);
    }

    @Override
    public synchronized HttpResponse<SavedView> saveView(SavedViewWrite write) {
        calls.add("save " + write.name());
        if (views.values().stream().anyMatch(v -> v.name().equals(write.name()))) {
            return FakeProblems.problem(
                    HttpStatus.CONFLICT,
                    "name-taken",
                    List.of(app.rapport.api.common.ProblemView.FieldProblem.of(
                            "name", app.rapport.api.common.FieldCode.TAKEN)));
        }
        SavedView v = new SavedView(UUID.randomUUID().toString(), write.name(), write.filter(), Instant.now());
        views.put(v.id(), v);
        return HttpResponse.created(v);
    }

    @Override
    public synchronized HttpResponse<Void> deleteView(String id) {
        calls.add("delete view " + id);
        views.remove(id);
        return HttpResponse.noContent();
    }

    @Override
    public synchronized HttpResponse<BulkResult> handOver(BulkHandover h) {
        calls.add("handover " + h.clientIds().size() + " to " + h.owner());
        for (String id : h.clientIds()) {
            Standing st = standing.getOrDefault(id, new Standing(null, Stage.EXPLORATION, null, BigDecimal.ZERO, null));
            standing.put(id, new Standing(st.tierId(), st.stage(), h.owner(), st.revenue(), st.lastContactAt()));
        }
        return HttpResponse.ok(new BulkResult(h.clientIds().size()));
    }

    @Override
    public synchronized HttpResponse<BulkResult> planCare(BulkCarePlan p) {
        calls.add("plan " + p.action().kind() + " '" + p.action().title() + "' for "
                + p.clientIds().size());
        return HttpResponse.ok(new BulkResult(p.clientIds().size()));
    }
}
