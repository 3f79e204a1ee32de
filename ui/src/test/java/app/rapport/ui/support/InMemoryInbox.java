package app.rapport.ui.support;

import app.rapport.api.inbox.InboxApi;
import app.rapport.api.inbox.InboxView;
import app.rapport.api.inbox.NoticeKind;
import app.rapport.api.inbox.NoticeView;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One inbox in memory (the fake does not tell members apart): notices newest first, read one or all. */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(InboxApi.class)
public class InMemoryInbox implements InboxApi {
    private final List<NoticeView> notices = new ArrayList<>();

    public synchronized NoticeView add(NoticeKind kind, String complaintId, long number, Map<String, Object> args) {
        NoticeView n =
                new NoticeView(UUID.randomUUID().toString(), kind, complaintId, number, args, Instant.now(), null);
        notices.add(0, n);
        return n;
    }

    @Override
    public synchronized InboxView inbox(Integer page, Integer size) {
        long unread = notices.stream().filter(n -> n.readAt() == null).count();
        return new InboxView(unread, List.copyOf(notices), 0, 100, notices.size());
    }

    @Override
    public synchronized HttpResponse<NoticeView> read(String id) {
        for (int i = 0; i < notices.size(); i++) {
            NoticeView n = notices.get(i);
            if (n.id().equals(id)) {
                NoticeView r = new NoticeView(
                        n.id(), n.kind(), n.complaintId(), n.complaintNumber(), n.args(), n.at(), Instant.now());
                notices.set(i, r);
                return HttpResponse.ok(r);
            }
        }
        return FakeProblems.problem(HttpStatus.NOT_FOUND, "not-found", List.of());
    }

    @Override
    public synchronized HttpResponse<InboxView> readAll() {
        notices.replaceAll(n -> new NoticeView(
                n.id(), n.kind(), n.complaintId(), n.complaintNumber(), n.args(), n.at(), Instant.now()));
        return HttpResponse.ok(inbox(0, 100));
    }
}
