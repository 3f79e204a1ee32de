package app.rapport.ui.support;

import app.rapport.api.benchmark.BenchmarkApi;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.care.Assignment;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.OperatorApi;
import app.rapport.api.purchase.ProductWrite;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.api.purchase.PurchaseWrite;
import app.rapport.api.purchase.PurchasesApi;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.TiersApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a browser journey sets up before it opens a page — a tenant, strategies, clients, purchases, tiers, touchpoints,
 * targets — through the API's typed clients, as the user who would do it. A refusal fails the journey.
 */
public final class JourneyData {
    private final RunningRapport rapport;

    JourneyData(RunningRapport rapport) {
        this.rapport = rapport;
    }

    private <T> T api(Class<T> type) {
        return rapport.clients.get(type);
    }

    public void tenant(String slug, String displayName) {
        rapport.as("operator", () -> api(OperatorApi.class)
                .create(new CreateTenant(slug, displayName, slug + "@example.test")));
    }

    /** A strategy step of {@code stage}: an action of an account manager, {@code offsetDays} after the move. */
    public void strategy(
            String admin,
            Stage stage,
            CareKind kind,
            String title,
            int offsetDays,
            ServiceLevel aimed,
            String instructions) {
        rapport.as(admin, () -> api(LifecycleApi.class)
                .addStep(new PlaybookStepWrite(
                        stage,
                        null,
                        kind,
                        title,
                        offsetDays,
                        null,
                        aimed,
                        TenantRole.ACCOUNT_MANAGER,
                        instructions,
                        0,
                        null,
                        null)));
    }

    public String product(String user, String name, String unit) {
        return rapport.as(user, () -> api(ProductsApi.class).create(new ProductWrite(name, unit, null)))
                .body()
                .id();
    }

    public String client(String user, ClientKind kind, String name, String city) {
        return rapport.as(user, () -> api(ClientsApi.class)
                        .create(new ClientWrite(kind, name, null, null, null, city, null, null, null)))
                .body()
                .id();
    }

    public void purchase(
            String user, String client, String product, int daysAgo, int quantity, int amount, int margin) {
        rapport.as(user, () -> api(PurchasesApi.class)
                .record(
                        client,
                        new PurchaseWrite(
                                product,
                                LocalDate.now().minusDays(daysAgo),
                                BigDecimal.valueOf(quantity),
                                null,
                                BigDecimal.valueOf(amount),
                                BigDecimal.valueOf(margin),
                                null)));
    }

    public void owner(String user, String client, String owner) {
        rapport.as(user, () -> api(LifecycleApi.class).assignOwner(client, new Assignment(owner)));
    }

    /** The workspace's service levels: a first response within {@code firstResponseMinutes}, closed within 5 days. */
    public void serviceLevels(String admin, int firstResponseMinutes) {
        rapport.as(admin, () -> api(app.rapport.api.sla.SlaApi.class)
                .setPolicy(
                        "\"0\"",
                        new app.rapport.api.sla.SlaPolicyWrite(List.of(
                                new app.rapport.api.sla.MilestoneTarget(
                                        app.rapport.api.sla.SlaMilestone.FIRST_RESPONSE,
                                        firstResponseMinutes,
                                        java.util.Set.of(app.rapport.api.sla.HoldReason.WAITING_FOR_CLIENT),
                                        app.rapport.api.sla.ReopenRule.KEEP,
                                        75),
                                new app.rapport.api.sla.MilestoneTarget(
                                        app.rapport.api.sla.SlaMilestone.CLOSED, 5 * 24 * 60, null, null, null)))));
    }

    /** A complaint staff recorded about {@code client}. */
    public app.rapport.api.complaint.ComplaintView complaint(String user, String client, String whatHappened) {
        return rapport.as(user, () -> api(app.rapport.api.complaint.ComplaintApi.class)
                        .record(new app.rapport.api.complaint.ComplaintWrite(
                                client,
                                Channel.PHONE,
                                whatHappened,
                                app.rapport.api.complaint.Severity.MEDIUM,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .body();
    }

    /** How many notices wait unread in {@code user}'s inbox. */
    public long unread(String user) {
        return rapport.as(user, () -> api(app.rapport.api.inbox.InboxApi.class).inbox(0, 1))
                .unread();
    }

    /** The complaint judged to stand: its first response given. */
    public void upheld(String manager, String complaintId, String reason) {
        rapport.as(manager, () -> api(app.rapport.api.complaint.ComplaintApi.class)
                .judge(complaintId, new app.rapport.api.complaint.Verdict(true, reason)));
    }

    /** A department that complaints are assigned to, led by {@code lead}. */
    public String department(String admin, String name, String lead, List<String> members) {
        return rapport.as(admin, () -> api(app.rapport.api.complaint.DepartmentApi.class)
                        .addDepartment(new app.rapport.api.complaint.DepartmentWrite(name, lead, members)))
                .body()
                .id();
    }

    public void touchpoint(String user, String client, Channel channel, String what, Integer rating) {
        rapport.as(user, () -> api(CareApi.class)
                .log(new TouchpointWrite(client, channel, what, null, null, rating, null, null, null, null, null)));
    }

    /** Saves these tier settings over whatever the tenant has (its current version as If-Match) and classifies. */
    public void tiersClassified(String admin, TierSettingsWrite settings) {
        TierSettingsView now =
                rapport.as(admin, () -> api(TiersApi.class).settings()).body();
        rapport.as(admin, () -> api(TiersApi.class).configure("\"" + now.version() + "\"", settings));
        rapport.as(admin, () -> api(TiersApi.class).classify());
    }

    public void stage(String user, String client, Stage to, String reason) {
        rapport.as(user, () -> api(LifecycleApi.class).changeStage(client, new StageChangeWrite(to, reason)));
    }

    public List<TouchpointStep> touchpointSteps(String user) {
        return rapport.as(user, () -> api(BlueprintApi.class).touchpointSteps());
    }

    public TargetView target(String user, TargetWrite target) {
        return rapport.as(user, () -> api(BenchmarkApi.class).create(target)).body();
    }
}
