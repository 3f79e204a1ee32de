package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A department, its lead and members, how many complaints it holds open, and its version (for If-Match). */
@Serdeable
public record DepartmentView(
        String id, String name, String lead, List<String> members, int openComplaints, long version) {}
