package app.rapport.api.inbox;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the reader's inbox, newest first, and how many notices are unread in all. */
@Serdeable
public record InboxView(long unread, List<NoticeView> items, int page, int size, long total) {}
