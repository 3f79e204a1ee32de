package app.rapport.directory;

import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.SavedView;
import app.rapport.api.directory.SavedViewWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Each member's saved client-list views. A view is the member's own: another member — an admin too — neither lists nor
 * deletes it (it is simply not found). Its order is checked as the list would check it, so a saved view always opens.
 */
@Singleton
public class SavedViews {
    private final SavedViewRepository views;
    private final Directory directory;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    SavedViews(SavedViewRepository views, Directory directory, AuditLog audit, Actor actor, Clock clock) {
        this.views = views;
        this.directory = directory;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<SavedView> mine() {
        return views.findByMemberOrderByName(actor.name()).stream()
                .map(SavedViews::view)
                .toList();
    }

    @Transactional
    public SavedView one(String id) {
        return view(own(id));
    }

    @Transactional
    public SavedView save(SavedViewWrite write) {
        ClientFilter f = write.filter();
        DirectorySort.parse(f.sort(), directory.revenueVisible());
        SavedViewRow row = new SavedViewRow(
                UUID.randomUUID().toString(),
                actor.name(),
                write.name().strip(),
                Texts.blankToNull(f.q()),
                Texts.blankToNull(f.tier()),
                f.stage() == null ? null : f.stage().name(),
                f.mine() ? null : Texts.blankToNull(f.owner()),
                f.mine(),
                f.silentDays(),
                Texts.blankToNull(f.sort()),
                Instant.now(clock));
        views.save(row);
        audit.record("CREATE", "saved_view", row.id(), null, row);
        return view(row);
    }

    @Transactional
    public void delete(String id) {
        SavedViewRow row = own(id);
        views.delete(row);
        audit.record("DELETE", "saved_view", id, row, null);
    }

    private SavedViewRow own(String id) {
        return views.findByIdAndMember(id, actor.name()).orElseThrow(() -> ProblemException.notFound("saved view"));
    }

    private static SavedView view(SavedViewRow r) {
        return new SavedView(
                r.id(),
                r.name(),
                new ClientFilter(
                        r.q(),
                        r.tierId(),
                        r.stage() == null ? null : Stage.valueOf(r.stage()),
                        r.owner(),
                        r.mine(),
                        r.silentDays(),
                        r.sort()),
                r.createdAt());
    }
}
