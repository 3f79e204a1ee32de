package app.rapport.complaint;

import app.rapport.platform.security.Actor;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;

/** The reader as a {@link Handler}: their role and the departments they lead or work in. */
@Singleton
class Handlers {
    private final DepartmentRepository departments;
    private final Actor actor;

    Handlers(DepartmentRepository departments, Actor actor) {
        this.departments = departments;
        this.actor = actor;
    }

    Handler current() {
        String me = actor.name();
        Set<String> leads = new HashSet<>();
        Set<String> worksIn = new HashSet<>();
        for (DepartmentRow d : departments.findAll()) {
            if (d.lead().equals(me)) {
                leads.add(d.id());
            }
            if (Departments.team(d).contains(me)) {
                worksIn.add(d.id());
            }
        }
        return new Handler(me, actor.tenantRole(), leads, worksIn);
    }
}
