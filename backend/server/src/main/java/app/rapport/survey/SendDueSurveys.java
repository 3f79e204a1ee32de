package app.rapport.survey;

import app.rapport.platform.tenant.MinuteJob;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The minute's scan of the rules' invitations: those due by now are sent or skipped ({@link SendDueSurvey}), each in
 * its own transaction; at most {@link #BATCH} a minute, the rest the next minute.
 */
@Singleton
class SendDueSurveys implements MinuteJob {
    static final int BATCH = 200;

    private final InvitationStore invitations;
    private final SendDueSurvey one;

    SendDueSurveys(InvitationStore invitations, SendDueSurvey one) {
        this.invitations = invitations;
        this.one = one;
    }

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public String run(Instant now) {
        int sent = 0;
        int skipped = 0;
        List<String> ids = invitations.dueBy(now, BATCH);
        for (String id : ids) {
            switch (one.send(id, now)) {
                case SENT -> sent++;
                case SKIPPED -> skipped++;
                case NONE -> {}
            }
        }
        return ids.size() + " survey invitations due, " + sent + " sent, " + skipped + " skipped";
    }
}
