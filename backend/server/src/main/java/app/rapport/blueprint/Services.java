package app.rapport.blueprint;

import app.rapport.api.common.Translated;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The services a tenant offers, each described by a blueprint: for the features that ask about a service (a survey
 * invitation, the satisfaction index per service) — which service a step belongs to, whether one exists, its name.
 */
@Singleton
public class Services {
    private final BlueprintRepository blueprints;
    private final VersionRepository versions;
    private final StepRepository steps;

    Services(BlueprintRepository blueprints, VersionRepository versions, StepRepository steps) {
        this.blueprints = blueprints;
        this.versions = versions;
        this.steps = steps;
    }

    /** A service's name as written and its translations. */
    public record Name(String name, Translated translations) {}

    /** The blueprint (service) the step belongs to, in whichever of its versions. */
    @Connectable
    public Optional<String> ofStep(String stepId) {
        return steps.findById(stepId)
                .flatMap(s -> versions.findById(s.versionId()))
                .map(VersionRow::blueprintId);
    }

    @Connectable
    public boolean exists(String blueprintId) {
        return blueprints.existsById(blueprintId);
    }

    /** The names of these services, by id (those that exist). */
    @Connectable
    public Map<String, Name> names(Collection<String> ids) {
        Map<String, Name> out = new HashMap<>();
        if (!ids.isEmpty()) {
            blueprints
                    .findByIdIn(ids)
                    .forEach(b -> out.put(b.id(), new Name(b.name(), new Translated(b.nameZhCn(), b.nameZhTw()))));
        }
        return out;
    }
}
