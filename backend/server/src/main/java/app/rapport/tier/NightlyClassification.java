package app.rapport.tier;

import app.rapport.platform.tenant.NightlyJob;
import app.rapport.platform.web.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalTime;

/** Classifies the tenant's clients once a night (02:15 the tenant's time); a tenant without tiers is skipped. */
@Singleton
@Requires(property = "rapport.tiers.nightly", notEquals = "false")
class NightlyClassification implements NightlyJob {
    private final ClassifyTiers classify;
    private final LocalTime at;

    NightlyClassification(ClassifyTiers classify, @Value("${rapport.tiers.nightly-at:`02:15`}") String at) {
        this.classify = classify;
        this.at = LocalTime.parse(at);
    }

    @Override
    public String name() {
        return "tiers";
    }

    @Override
    public LocalTime at() {
        return at;
    }

    @Override
    public String run() {
        try {
            var result = classify.run();
            return result.evaluated() + " clients, " + result.changed() + " changed in " + result.millis() + " ms";
        } catch (ProblemException e) {
            return "not classified: " + e.code();
        }
    }
}
