package app.rapport.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The architecture rule the backend and the UI share: no code reads the server's zone instead of the tenant's. */
public final class TimeRules {
    private TimeRules() {}

    /** {@code because}: where that module's code gets the tenant's time instead. */
    public static ArchRule noServerZone(String because) {
        return noClasses()
                .should()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(ZoneId.class, "systemDefault")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .because(because);
    }
}
