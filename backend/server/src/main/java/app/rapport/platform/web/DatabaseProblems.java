package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
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

    /** A unique key's problem code and the request field it guards. */
    private record Key(ProblemCode code, String field) {}

    /** The unique keys of the catalog and the tenant schema (db/control, db/tenant), with the codes of their checks. */
    private static final Map<String, Key> KEYS = Map.ofEntries(
            Map.entry("uq_tenant_slug", new Key(ProblemCode.TENANT_EXISTS, "slug")),
            Map.entry("uq_tenant_schema", new Key(ProblemCode.TENANT_EXISTS, "slug")),
            Map.entry("uq_product_name", new Key(ProblemCode.DUPLICATE_NAME, "name")),
            Map.entry("uq_blueprint_name", new Key(ProblemCode.NAME_TAKEN, "name")),
            Map.entry("uq_saved_view_name", new Key(ProblemCode.NAME_TAKEN, "name")),
            Map.entry("uq_department_name", new Key(ProblemCode.NAME_TAKEN, "name")),
            Map.entry("uq_survey_instrument_name", new Key(ProblemCode.NAME_TAKEN, "name")),
            Map.entry("uq_sla_version", new Key(ProblemCode.STALE_VERSION, "version")),
            Map.entry("uq_recovery_item", new Key(ProblemCode.CONCURRENT_CHANGE, "item")),
            Map.entry("uq_purchase_import", new Key(ProblemCode.ALREADY_IMPORTED, "csv")),
            Map.entry("uq_tier_rank", new Key(ProblemCode.CONCURRENT_CHANGE, "tiers")),
            Map.entry("uq_version_number", new Key(ProblemCode.DRAFT_EXISTS, "version")),
            Map.entry("uq_step_cell", new Key(ProblemCode.CELL_TAKEN, "col")),
            Map.entry("uq_flow", new Key(ProblemCode.FLOW_EXISTS, "toStepId")),
            Map.entry("uq_measurement_day", new Key(ProblemCode.CONCURRENT_CHANGE, "measuredOn")));

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
                Matcher m = KEY.matcher(String.valueOf(sql.getMessage()));
                Key key = m.find() ? KEYS.get(m.group(1)) : null;
                if (key == null) {
                    return Optional.of(Problems.response(
                            request,
                            ProblemCode.DUPLICATE,
                            "another request saved the same thing at the same time; read it again"));
                }
                return Optional.of(Problems.response(
                        request,
                        key.code(),
                        key.field() + ": is taken; another request saved the same value first",
                        List.of(FieldProblem.of(key.field(), FieldCode.TAKEN))));
            }
            case DEADLOCK, LOCK_WAIT_TIMEOUT -> {
                return Optional.of(concurrent(request));
            }
            case ROW_REFERENCED, NO_REFERENCED_ROW -> {
                return Optional.of(Problems.response(
                        request,
                        ProblemCode.REFERENCED,
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
                        ProblemCode.CONCURRENT_CHANGE,
                        "another request changed the same data at the same time; read it again and retry")
                .header("Retry-After", "1");
    }

    private static MutableHttpResponse<ProblemView> unavailable(HttpRequest<?> request) {
        LOG.warn("the database cannot be reached: answering 503");
        return Problems.response(
                        request,
                        ProblemCode.DATABASE_UNAVAILABLE,
                        "the database cannot be reached; nothing was changed, try again shortly")
                .header("Retry-After", "5");
    }

    /** The unmapped rest: a server error that shows no internals. */
    static MutableHttpResponse<ProblemView> serverError(HttpRequest<?> request, Throwable e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
        return Problems.response(
                request, ProblemCode.SERVER_ERROR, "something went wrong on our side; nothing was changed");
    }
}
