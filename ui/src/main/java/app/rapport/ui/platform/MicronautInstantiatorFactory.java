package app.rapport.ui.platform;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;

/** Registered in META-INF/services: Vaadin's hook for dependency injection. */
public final class MicronautInstantiatorFactory implements InstantiatorFactory {
    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new MicronautInstantiator(service);
    }
}
