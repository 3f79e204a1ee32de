package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A department that handles complaints: its name, its lead (a member) and the members who work in it. */
@Serdeable
public record DepartmentWrite(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 100) String lead,
        @Nullable @Size(max = 200) List<@NotNull @Size(max = 100) String> members) {
    public DepartmentWrite {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
