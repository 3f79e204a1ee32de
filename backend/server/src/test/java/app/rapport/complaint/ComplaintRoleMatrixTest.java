package app.rapport.complaint;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.CauseAnalysis;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.complaint.ComplaintSummary;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.ComplaintWrite;
import app.rapport.api.complaint.DepartmentAssignment;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryWrite;
import app.rapport.api.complaint.RemedyDecision;
import app.rapport.api.complaint.RemedyProposal;
import app.rapport.api.complaint.Reopening;
import app.rapport.api.complaint.Severity;
import app.rapport.api.complaint.Verdict;
import app.rapport.support.Fixtures;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;
import java.util.Map;

/**
 * Every role against complaints and departments. Each request gets a complaint of HARBOUR's at the step it needs,
 * recorded by the admin, in a department led by the manager with no members: so staff, who neither recorded it nor
 * work in the department, take no step of it; the lead proposes the remedy that the admin then approves, so the lead
 * cannot approve it; a recovery still open cannot be done by anyone (409).
 */
class ComplaintRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /complaints", 401, 403, 200, 200, 200),
            new Endpoint("POST /complaints", 401, 403, 201, 201, 201),
            new Endpoint("GET /complaints/{received}", 401, 403, 200, 200, 200),
            new Endpoint("GET /complaints/statistics?by=CAUSE", 401, 403, 200, 200, 403),
            new Endpoint("GET /clients/{client}/complaints", 401, 403, 200, 200, 200),
            new Endpoint("POST /complaints/{received}/verdict", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{upheld}/department", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{assigned}/analysis", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{analysed}/remedy", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{proposed}/remedy/decision", 401, 403, 200, 403, 403),
            new Endpoint("PUT /complaints/{recovering}/recovery/{item}", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{recovering}/accountability", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{recovering}/notice", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{recovering}/feedback", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{recovering}/resolution", 401, 403, 409, 409, 403),
            new Endpoint("POST /complaints/{resolved}/summary", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{over}/reopening", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{received}/hold", 401, 403, 200, 200, 403),
            new Endpoint("POST /complaints/{held}/release", 401, 403, 200, 200, 403),
            new Endpoint("GET /departments", 401, 403, 200, 200, 200),
            new Endpoint("POST /departments", 401, 403, 201, 403, 403),
            new Endpoint("GET /departments/{department}", 401, 403, 200, 200, 200),
            new Endpoint("PUT /departments/{department}", 401, 403, 200, 403, 403),
            new Endpoint("DELETE /departments/{department}", 401, 403, 204, 403, 403));

    private static final String ADMIN = "harbour.admin";
    private static final String LEAD = "harbour.manager";

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    private static DepartmentWrite department() {
        return new DepartmentWrite(Fixtures.unique("Matrix desk"), LEAD, List.of());
    }

    private void as(String user, String path, Object body) {
        Reply r = send(user, HttpRequest.POST("/api/v1/complaints/" + path, body));
        if (r.status() != 200) {
            throw new IllegalStateException(path + " as " + user + ": " + r.body());
        }
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String path) {
        ClientView client = made("/clients", Fixtures.person(Fixtures.unique("Matrix Complainer")), ClientView.class);
        ComplaintWrite write = new ComplaintWrite(
                client.id(), Channel.PHONE, "Late again", Severity.MEDIUM, null, null, null, null, null);
        DepartmentView department = made("/departments", department(), DepartmentView.class);
        String id = null;
        if (path.contains("{held}")) {
            String held = made("/complaints", write, ComplaintView.class).id();
            Reply h = send(
                    ADMIN,
                    HttpRequest.POST(
                            "/api/v1/complaints/" + held + "/hold",
                            new app.rapport.api.sla.HoldWrite(app.rapport.api.sla.HoldReason.WAITING_FOR_THIRD_PARTY)));
            if (h.status() != 200) {
                throw new IllegalStateException(h.body());
            }
            path = path.replace("{held}", held);
        }
        for (String step :
                List.of("received", "upheld", "assigned", "analysed", "proposed", "recovering", "resolved", "over")) {
            if (path.contains("{" + step + "}")) {
                id = made("/complaints", write, ComplaintView.class).id();
                reach(id, step, department.id());
                path = path.replace("{" + step + "}", id);
            }
        }
        path = path.replace("{item}", RecoveryItem.APOLOGY.name())
                .replace("{client}", client.id())
                .replace("{department}", department.id());
        MutableHttpRequest<Object> r = HttpRequest.create(method, "/api/v1" + path);
        Object body = path.endsWith("/department") ? new DepartmentAssignment(department.id()) : body(path, write);
        if (body != null) {
            r.body(body);
        }
        if (method == HttpMethod.PUT && path.startsWith("/departments/")) {
            r.header("If-Match", "\"1\"");
        }
        return r;
    }

    /** Takes the admin's complaint to the step named. */
    private void reach(String id, String step, String departmentId) {
        List<String> order =
                List.of("received", "upheld", "assigned", "analysed", "proposed", "recovering", "resolved", "over");
        int n = order.indexOf(step);
        if (n >= 1) {
            as(ADMIN, id + "/verdict", new Verdict(true, "It stands"));
        }
        if (n >= 2) {
            as(ADMIN, id + "/department", new DepartmentAssignment(departmentId));
        }
        if (n >= 3) {
            as(ADMIN, id + "/analysis", new CauseAnalysis(List.of(ComplaintCause.PRODUCT_QUALITY), null));
        }
        if (n >= 4) {
            as(LEAD, id + "/remedy", new RemedyProposal("A replacement"));
        }
        if (n >= 5) {
            as(ADMIN, id + "/remedy/decision", new RemedyDecision(true, null));
        }
        if (n >= 6) {
            for (RecoveryItem item : RecoveryItem.values()) {
                Reply r = send(
                        ADMIN,
                        HttpRequest.PUT(
                                "/api/v1/complaints/" + id + "/recovery/" + item,
                                item == RecoveryItem.COMPENSATION
                                        ? new RecoveryWrite(true, "Not wanted", null, null)
                                        : new RecoveryWrite(false, null, null, null)));
                if (r.status() != 200) {
                    throw new IllegalStateException(r.body());
                }
            }
            as(ADMIN, id + "/accountability", new Accountability("Warehouse", "Retrained"));
            as(ADMIN, id + "/notice", new ClientNotice("Phoned"));
            as(ADMIN, id + "/feedback", new ClientFeedback(true, null));
            as(ADMIN, id + "/resolution", "");
        }
        if (n >= 7) {
            as(ADMIN, id + "/summary", new ComplaintSummary("Check stock", false));
        }
    }

    private static Object body(String path, ComplaintWrite write) {
        Map<String, Object> bodies = Map.ofEntries(
                Map.entry("/verdict", new Verdict(true, "It stands")),
                Map.entry("/analysis", new CauseAnalysis(List.of(ComplaintCause.NETWORK_FAULT), null)),
                Map.entry("/remedy", new RemedyProposal("A refund")),
                Map.entry("/decision", new RemedyDecision(true, null)),
                Map.entry("/APOLOGY", new RecoveryWrite(false, "Sorry", null, null)),
                Map.entry("/accountability", new Accountability("Desk", "Talk")),
                Map.entry("/notice", new ClientNotice("Phoned")),
                Map.entry("/feedback", new ClientFeedback(true, null)),
                Map.entry("/resolution", ""),
                Map.entry("/summary", new ComplaintSummary("Learned", false)),
                Map.entry("/reopening", new Reopening("Came back")),
                Map.entry(
                        "/hold", new app.rapport.api.sla.HoldWrite(app.rapport.api.sla.HoldReason.WAITING_FOR_CLIENT)),
                Map.entry("/release", ""));
        for (Map.Entry<String, Object> e : bodies.entrySet()) {
            if (path.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        if (path.equals("/complaints")) {
            return write;
        }
        if (path.startsWith("/departments")) {
            return department();
        }
        return null;
    }
}
