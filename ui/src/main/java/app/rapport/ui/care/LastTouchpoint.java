package app.rapport.ui.care;

import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the signed-in user set on their last touchpoints, for the next one (kept for their session): its channel and
 * blueprint step, and the clients of the last four, newest first.
 */
record LastTouchpoint(Channel channel, String stepId) {
    private static final String KEY = LastTouchpoint.class.getName();
    private static final String RECENT = KEY + ".recent";
    private static final int RECENT_CLIENTS = 4;

    static Optional<LastTouchpoint> of() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? Optional.empty() : Optional.ofNullable((LastTouchpoint) s.getAttribute(KEY));
    }

    @SuppressWarnings("unchecked")
    static List<ClientView> recentClients() {
        VaadinSession s = VaadinSession.getCurrent();
        Object recent = s == null ? null : s.getAttribute(RECENT);
        return recent == null ? List.of() : new ArrayList<>(((Map<String, ClientView>) recent).values());
    }

    static void remember(ClientView client, Channel channel, TouchpointStep step) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s == null) {
            return;
        }
        s.setAttribute(KEY, new LastTouchpoint(channel, step == null ? null : step.stepId()));
        Map<String, ClientView> recent = new LinkedHashMap<>();
        recent.put(client.id(), client);
        recentClients().stream()
                .filter(c -> !c.id().equals(client.id()))
                .limit(RECENT_CLIENTS - 1)
                .forEach(c -> recent.put(c.id(), c));
        s.setAttribute(RECENT, recent);
    }
}
