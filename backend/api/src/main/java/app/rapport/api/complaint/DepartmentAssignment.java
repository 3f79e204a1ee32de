package app.rapport.api.complaint;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Step 3: the department responsible for the complaint. */
@Serdeable
public record DepartmentAssignment(@NotBlank @Size(max = 36) String departmentId) {}
