package app.rapport.complaint;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import app.rapport.care.Members;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant's departments: a name (unique), a lead and members, each a member of the tenant. A department holding
 * open complaints cannot be removed; a change sends the version read (412 when stale). Every write is audited.
 */
@Singleton
class Departments {
    private final DepartmentRepository departments;
    private final ComplaintRepository complaints;
    private final Members members;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Departments(
            DepartmentRepository departments,
            ComplaintRepository complaints,
            Members members,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.departments = departments;
        this.complaints = complaints;
        this.members = members;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    List<DepartmentView> all() {
        Map<String, Long> open = new java.util.HashMap<>();
        complaints.openPerDepartment().forEach(c -> open.put(c.departmentId(), c.n()));
        return departments.byName().stream()
                .map(d -> view(d, open.getOrDefault(d.id(), 0L)))
                .toList();
    }

    @Transactional
    DepartmentView one(String id) {
        return view(require(id), complaints.countOpenOfDepartment(id));
    }

    @Transactional
    Optional<DepartmentRow> find(String id) {
        return departments.findById(id);
    }

    @Transactional
    DepartmentView add(DepartmentWrite write) {
        DepartmentRow row = new DepartmentRow(
                UUID.randomUUID().toString(),
                write.name().strip(),
                lead(write),
                String.join("\n", members(write)),
                1,
                Instant.now(clock),
                actor.name());
        departments.save(row);
        audit.record("CREATE", "department", row.id(), null, row);
        return view(row, 0);
    }

    @Transactional
    DepartmentView change(String id, long expected, DepartmentWrite write) {
        DepartmentRow before = require(id);
        String lead = lead(write);
        String team = String.join("\n", members(write));
        if (departments.replace(id, expected, write.name().strip(), lead, team) == 0) {
            throw new ProblemException(
                    ProblemCode.STALE_VERSION,
                    "the department changed since version " + expected + " was read",
                    Map.of("version", before.version()));
        }
        DepartmentRow after = require(id);
        audit.record("UPDATE", "department", id, before, after);
        return view(after, complaints.countOpenOfDepartment(id));
    }

    @Transactional
    void remove(String id) {
        DepartmentRow before = require(id);
        long open = complaints.countOpenOfDepartment(id);
        if (open > 0 || complaints.existsByDepartmentId(id)) {
            throw new ProblemException(
                    ProblemCode.DEPARTMENT_IN_USE,
                    "the department holds complaints: " + open + " of them open",
                    Map.of("open", open));
        }
        departments.deleteById(id);
        audit.record("DELETE", "department", id, before, null);
    }

    DepartmentRow require(String id) {
        return departments.findById(id).orElseThrow(() -> ProblemException.notFound("department " + id));
    }

    static List<String> team(DepartmentRow d) {
        return d.members().isEmpty() ? List.of() : Arrays.asList(d.members().split("\n"));
    }

    private String lead(DepartmentWrite write) {
        return members.require(write.lead().strip(), "lead").username();
    }

    private List<String> members(DepartmentWrite write) {
        Set<String> out = new LinkedHashSet<>();
        List<String> given = write.members();
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i) == null ? "" : given.get(i).strip();
            if (name.isEmpty()) {
                throw ProblemException.badField("members[" + i + "]", FieldCode.NOT_BLANK);
            }
            out.add(members.require(name, "members[" + i + "]").username());
        }
        return new ArrayList<>(out);
    }

    private static DepartmentView view(DepartmentRow d, long open) {
        return new DepartmentView(d.id(), d.name(), d.lead(), team(d), (int) open, d.version());
    }
}
