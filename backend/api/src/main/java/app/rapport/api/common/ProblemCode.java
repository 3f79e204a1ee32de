package app.rapport.api.common;

import java.util.Locale;

/**
 * Every problem the API can answer, with its HTTP status. The wire form is {@link #wire()} (lower case with hyphens,
 * e.g. {@code stale-version}) in {@link ProblemView#code()}; the arguments a code comes with are named in its comment
 * and travel in {@link ProblemView#args()}. A UI words each code in the reader's language.
 */
public enum ProblemCode {
    /** 400: Some fields are not valid: see the field problems. */
    INVALID_INPUT(400),
    /** 400: The request could not be understood (no field can be named). */
    BAD_REQUEST(400),
    /** 400: The columns of an import file do not fill every required field. */
    INVALID_MAPPING(400),
    /** 401: The access token names no tenant. */
    NO_TENANT(401),
    /** 401: No valid sign-in. */
    UNAUTHORIZED(401),
    /** 403: The caller's role may not do this. */
    FORBIDDEN(403),
    /** 403: Service staff close their own care actions only. */
    NOT_YOUR_ACTION(403),
    /** 403: Account managers change the targets they own only. */
    NOT_YOUR_TARGET(403),
    /** 403: This step of a complaint is for someone else (args: action); the complaint's view lists what you may do. */
    NOT_YOUR_STEP(403),
    /** 403: A remedy is approved by a supervisor other than the one who proposed it. */
    OWN_REMEDY(403),
    /** 403: The token's tenant is not in the catalog. */
    UNKNOWN_TENANT(403),
    /** 403: The tenant is suspended. */
    TENANT_SUSPENDED(403),
    /** 403: The tenant is not active. */
    TENANT_NOT_ACTIVE(403),
    /** 404: The record does not exist in the caller's tenant ({@code what}: its kind). */
    NOT_FOUND(404),
    /** 404: No survey invitation has this link (mistyped, replaced by a new link, or never issued). */
    SURVEY_UNKNOWN(404),
    /** 404: No route of the API has this address. */
    UNKNOWN_ROUTE(404),
    /** 405: The route does not take this method. */
    METHOD_NOT_ALLOWED(405),
    /** 409: The care action is already closed. */
    ACTION_CLOSED(409),
    /** 409: The e-mail belongs to another account. */
    ADMIN_EMAIL_TAKEN(409),
    /** 409: A published blueprint cannot be deleted; retire it. */
    BLUEPRINT_PUBLISHED(409),
    /** 409: Another step sits at this place in this lane. */
    CELL_TAKEN(409),
    /** 409: A computed metric cannot be measured by hand. */
    COMPUTED_METRIC(409),
    /** 409: Someone else changed the same thing at the same moment. */
    CONCURRENT_CHANGE(409),
    /** 409: The blueprint already has a draft. */
    DRAFT_EXISTS(409),
    /** 409: Someone else saved the same thing at the same moment. */
    DUPLICATE(409),
    /** 409: The name is taken. */
    DUPLICATE_NAME(409),
    /** 409: The flow exists already. */
    FLOW_EXISTS(409),
    /** 409: The tenant's status does not allow this. */
    INVALID_STATUS(409),
    /** 409: The complaint is not at the step this action belongs to (args: status, action). */
    WRONG_STEP(409),
    /** 409: The recovery is not complete (args: missing — the checklist items and records still open). */
    RECOVERY_INCOMPLETE(409),
    /** 409: The department still holds open complaints (args: open). */
    DEPARTMENT_IN_USE(409),
    /** 409: A manual metric cannot be computed. */
    MANUAL_METRIC(409),
    /** 409: A migration run is in progress. */
    MIGRATION_RUNNING(409),
    /** 409: The name is taken. */
    NAME_TAKEN(409),
    /** 409: The tenant has no tiers yet. */
    NO_TIERS(409),
    /** 409: Only a person can be erased (not an organisation). */
    NOT_A_PERSON(409),
    ALREADY_ERASED(409),
    /** 409: The client's tier is not pinned. */
    NOT_PINNED(409),
    /** 409: Only a published version can be retired. */
    NOT_PUBLISHED(409),
    /** 409: The offer has been answered already. */
    OFFER_CLOSED(409),
    /** 409: The draft is the blueprint's only version. */
    ONLY_VERSION(409),
    /** 409: The product has purchases ({@code purchases}: how many). */
    PRODUCT_IN_USE(409),
    /** 409: The tenant is being set up. */
    PROVISIONING_IN_PROGRESS(409),
    /** 409: Something this refers to was changed or removed meanwhile. */
    REFERENCED(409),
    /** 409: The client is already in that stage. */
    SAME_STAGE(409),
    /** 409: The slug belonged to a deleted tenant. */
    SLUG_RESERVED(409),
    /** 409: The client changed stage since the suggestion was made. */
    STALE_SUGGESTION(409),
    /** 409: The suggestion has been decided. */
    SUGGESTION_CLOSED(409),
    /** 409: The target has measurements; its metric cannot change. */
    TARGET_MEASURED(409),
    /** 409: A tenant with this slug exists. */
    TENANT_EXISTS(409),
    /** 409: A published version cannot change. */
    VERSION_NOT_DRAFT(409),
    /** 409: These rows were imported already. */
    ALREADY_IMPORTED(409),
    /** 409: The tenant has clients: a restore goes into a freshly provisioned tenant, never over data. */
    TENANT_NOT_EMPTY(409),
    /** 409: The tenant's schema lags the code's version; migrate it first. */
    SCHEMA_BEHIND(409),
    /** 409: The survey was answered already; answers are saved once. */
    SURVEY_ANSWERED(409),
    /** 409: The survey invitation was cancelled. */
    SURVEY_CANCELLED(409),
    /** 409: The client was invited within the suppression window ({@code until}: when it ends). */
    SURVEY_SUPPRESSED(409),
    /** 409: The client asked not to be surveyed. */
    SURVEY_OPTED_OUT(409),
    /** 409: A rule's invitation is not sent yet: it has no link until it falls due. */
    SURVEY_SCHEDULED(409),
    /** 409: The instrument is archived: it keeps its answers and takes no new invitations. */
    INSTRUMENT_ARCHIVED(409),
    /** 410: The survey link has expired unanswered. */
    SURVEY_EXPIRED(410),
    /** 412: Someone else changed the record meanwhile (If-Match no longer matches). */
    STALE_VERSION(412),
    /** 429: Too many requests from this address; try again after {@code Retry-After} seconds. */
    TOO_MANY_REQUESTS(429),
    /** 414: The address is too long. */
    URI_TOO_LONG(414),
    /** 413: The request is too large. */
    TOO_LARGE(413),
    /** 415: The body is not of a type the route takes. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** 422: The export is of another schema version than the tenant ({@code export}, {@code tenant}). */
    SCHEMA_VERSION_MISMATCH(422),
    /** 422: A table did not read back as exported; nothing was restored ({@code table}). */
    RESTORE_MISMATCH(422),
    /** 422: The zip is not a Rapport tenant export, or does not read back as one. */
    ARCHIVE_INVALID(422),
    /** 422: The draft does not pass the check yet. */
    BLUEPRINT_INVALID(422),
    /** 422: The import file has problems; nothing was imported ({@code problems}: how many). */
    IMPORT_HAS_ERRORS(422),
    /** 422: There is no data to compute from. */
    NO_DATA(422),
    /** 422: The client's tier may not be owned by someone of that role. */
    OWNER_NOT_ENTITLED(422),
    /** 422: Skipping a stage needs a reason of at least {@code minLength} characters. */
    STAGE_JUMP_NEEDS_REASON(422),
    /** 428: The write needs an If-Match header. */
    IF_MATCH_REQUIRED(428),
    /** 431: The request's headers are too large. */
    HEADERS_TOO_LARGE(431),
    /** 500: Something went wrong on the server; nothing was changed. */
    SERVER_ERROR(500),
    /** 500: Provisioning failed. */
    PROVISIONING_FAILED(500),
    /** 503: The database cannot be reached. */
    DATABASE_UNAVAILABLE(503),
    /** 503: The tenant's schema is being upgraded. */
    TENANT_MIGRATING(503),
    /** 503: The API cannot be reached (said by a client, never by the server). */
    API_UNAVAILABLE(503),
    /** 500: Any other refusal (a status the API does not otherwise name). */
    ERROR(500);

    private final int status;

    ProblemCode(int status) {
        this.status = status;
    }

    /** The HTTP status this problem is answered with. */
    public int status() {
        return status;
    }

    /** The code as it travels: {@code STALE_VERSION} is {@code stale-version}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code of a wire form; {@link #ERROR} for one this version does not know. */
    public static ProblemCode of(String wire) {
        if (wire == null) {
            return ERROR;
        }
        for (ProblemCode c : values()) {
            if (c.wire().equals(wire)) {
                return c;
            }
        }
        return ERROR;
    }
}
