package app.rapport.platform.web;

import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the database refused, as the caller's problem: a unique key another request took first (409 naming the
 * field), a row changed under an optimistic lock or a transaction chosen as a deadlock's victim (409, try again), a
 * database that cannot be reached (503 with {@code Retry-After}). The transaction has been rolled back: nothing was
 * written. Anything else stays a server error.
 */
final class DatabaseProblems {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProblems.class);
    private static final Pattern KEY = Pattern.compile("for key '(?:[\\w$]+\\.)?([\\w$]+)'");
    private static final int DUPLICATE_ENTRY = 1062;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int ROW_REFERENCED = 1451;
    private static final int NO_REFERENCED_ROW = 1452;

    /** The request field each unique key of the tenant schema guards (db/tenant migrations). */
    private static final Map<String, String> FIELD_OF_KEY = Map.of(
            "uq_product_name", "name",
            "uq_blueprint_name", "name",
            "uq_purchase_import", "csv",
            "uq_tier_rank", "tiers",
            "uq_version_number", "version",
            "uq_step_cell", "col",
            "uq_flow", "toStepId",
            "uq_measurement_day", "measuredOn",
            "PRIMARY", "id");

    private DatabaseProblems() {}

    static Optional<MutableHttpResponse<ProblemView>> of(HttpRequest<?> request, Throwable e) {
        if (e instanceof OptimisticLockException) {
            return Optional.of(concurrent(request));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return Optional.of(unavailable(request));
            }
            if (t instanceof SQLException sql) {
                Optional<MutableHttpResponse<ProblemView>> answer = of(request, sql);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<MutableHttpResponse<ProblemView>> of(HttpRequest<?> request, SQLException sql) {
        switch (sql.getErrorCode()) {
            case DUPLICATE_ENTRY -> {
                Matcher key = KEY.matcher(String.valueOf(sql.getMessage()));
                String field = key.find() ? FIELD_OF_KEY.get(key.group(1)) : null;
                String detail =
                        (field == null ? "the value" : field) + " is taken: another request saved the same one first";
                List<FieldProblem> fields = field == null ? List.of() : List.of(new FieldProblem(field, "is taken"));
                return Optional.of(Problems.response(request, HttpStatus.CONFLICT, "duplicate", detail, fields));
            }
            case DEADLOCK, LOCK_WAIT_TIMEOUT -> {
                return Optional.of(concurrent(request));
            }
            case ROW_REFERENCED, NO_REFERENCED_ROW -> {
                return Optional.of(Problems.response(
                        request,
                        HttpStatus.CONFLICT,
                        "referenced",
                        "another request changed or removed a row this one refers to"));
            }
            default -> {
                String state = sql.getSQLState();
                if (state != null && state.startsWith("08")) { // connection exception
                    return Optional.of(unavailable(request));
                }
                return Optional.empty();
            }
        }
    }

    private static MutableHttpResponse<ProblemView> concurrent(HttpRequest<?> request) {
        return Problems.response(
                        request,
                        HttpStatus.CONFLICT,
                        "concurrent-change",
                        "another request changed the same data at the same time; read it again and retry")
                .header("Retry-After", "1");
    }

    private static MutableHttpResponse<ProblemView> unavailable(HttpRequest<?> request) {
        LOG.warn("the database cannot be reached: answering 503");
        return Problems.response(
                        request,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "the database cannot be reached; nothing was changed, try again shortly")
                .header("Retry-After", "5");
    }

    /** The unmapped rest: a server error that shows no internals. */
    static MutableHttpResponse<ProblemView> serverError(HttpRequest<?> request, Throwable e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
        return Problems.response(
                request,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "server-error",
                "something went wrong on our side; nothing was changed");
    }
}
