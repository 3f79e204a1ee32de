package app.rapport.ui.platform;

import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/** Lets Vaadin build views and components as Micronaut beans, so they get their services injected. */
final class MicronautInstantiator extends DefaultInstantiator {
    private final MessagesI18NProvider i18n = new MessagesI18NProvider();

    MicronautInstantiator(VaadinService service) {
        super(service);
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        var ctx = Beans.context();
        if (ctx.findBeanDefinition(type).isPresent()) {
            return ctx.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }
}
