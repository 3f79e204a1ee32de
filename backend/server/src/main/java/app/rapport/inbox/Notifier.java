package app.rapport.inbox;

import app.rapport.api.inbox.NoticeKind;
import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.Map;

/**
 * How a feature tells members something in the transaction that caused it: today into their inbox; a mail sender
 * would be another implementation of this one interface. {@code args} are machine values (codes, numbers — never what
 * people wrote about a client), worded by the reader's UI.
 */
public interface Notifier {
    void tell(Collection<String> recipients, NoticeKind kind, @Nullable String complaintId, Map<String, Object> args);
}
