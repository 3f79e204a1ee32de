package app.rapport.directory;

import app.rapport.api.directory.BulkCarePlan;
import app.rapport.api.directory.BulkHandover;
import app.rapport.api.directory.BulkResult;
import app.rapport.care.CareActions;
import app.rapport.care.ClientOwners;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Actions on clients selected in the list, each all or none in one transaction: the first client that refuses undoes
 * the others, and the problem keeps its own code and names that client ({@code clientId}, {@code index}).
 */
@Singleton
public class Selections {
    private final ClientOwners owners;
    private final CareActions care;

    Selections(ClientOwners owners, CareActions care) {
        this.owners = owners;
        this.care = care;
    }

    @Transactional
    public BulkResult handOver(BulkHandover handover) {
        return each(handover.clientIds(), id -> owners.assign(id, handover.owner()));
    }

    @Transactional
    public BulkResult planCare(BulkCarePlan plan) {
        return each(plan.clientIds(), id -> care.plan(id, plan.action()));
    }

    private static BulkResult each(List<String> clientIds, Consumer<String> action) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(clientIds));
        for (int i = 0; i < distinct.size(); i++) {
            String id = distinct.get(i).strip();
            try {
                action.accept(id);
            } catch (ProblemException e) {
                Map<String, Object> args = new HashMap<>(e.args());
                args.put("clientId", id);
                args.put("index", clientIds.indexOf(distinct.get(i)));
                throw new ProblemException(e.code(), e.getMessage() + " (client " + id + ")", args, e.errors());
            }
        }
        return new BulkResult(distinct.size());
    }
}
