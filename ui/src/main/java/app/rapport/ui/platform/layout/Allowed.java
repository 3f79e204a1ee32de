package app.rapport.ui.platform.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The realm roles that may open a view; anyone else is sent to the "not allowed" page. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Allowed {
    String[] value();
}
