package app.rapport.platform.web;

import app.rapport.api.common.ProblemView.FieldProblem;
import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bean-validation failures as field problems: each named by its path in the request ({@code name},
 * {@code contacts[0].email}), with its {@link app.rapport.api.common.FieldCode} and the constraint's values. Used for
 * request bodies and for what an import reads from a file line (checked as a request would be).
 */
public final class Violations {
    private Violations() {}

    public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(Violations::field)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    private static FieldProblem field(ConstraintViolation<?> v) {
        String path = ProblemBodyProvider.fieldOf(v.getPropertyPath().toString());
        Map<String, Object> args = new TreeMap<>(v.getConstraintDescriptor().getAttributes());
        args.keySet().removeAll(Set.of("message", "groups", "payload", "flags"));
        args.values().removeIf(a -> a == null || a.getClass().isArray());
        return new FieldProblem(path, ValidationProblemHandler.codeOf(v), args);
    }
}
