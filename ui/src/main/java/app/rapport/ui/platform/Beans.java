package app.rapport.ui.platform;

import io.micronaut.context.ApplicationContext;

/** The Micronaut context the UI's views and services come from (set once at start-up, or by a test). */
public final class Beans {
    private static volatile ApplicationContext context;

    private Beans() {}

    public static void set(ApplicationContext ctx) {
        context = ctx;
    }

    public static ApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("the UI's application context has not been started");
        }
        return context;
    }
}
