package app.rapport.care;

import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Care actions and touchpoints. Erasure blanks what people wrote about the client and whom they spoke to, and keeps
 * dates, channels, ratings and service levels so that the team's figures still add up. The client's owner (a member
 * of the tenant, not data about the person) is exported with the relationship.
 */
@Singleton
final class CarePersonalData implements PersonalDataPart {
    private final CareActions careActions;
    private final Touchpoints touchpoints;
    private final CareActionRepository actions;
    private final TouchpointRepository touchpointRows;

    CarePersonalData(
            CareActions careActions,
            Touchpoints touchpoints,
            CareActionRepository actions,
            TouchpointRepository touchpointRows) {
        this.careActions = careActions;
        this.touchpoints = touchpoints;
        this.actions = actions;
        this.touchpointRows = touchpointRows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("care_action", "touchpoint", "client_owner");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.careActions(careActions.ofClient(clientId)).touchpoints(touchpoints.ofClient(clientId));
    }

    @Override
    public List<String> erase(String clientId) {
        List<String> touched = new ArrayList<>(actions.idsOf(clientId));
        touched.addAll(touchpointRows.idsOf(clientId));
        actions.eraseTexts(clientId, ERASED);
        touchpointRows.eraseTexts(clientId, ERASED);
        return touched;
    }
}
