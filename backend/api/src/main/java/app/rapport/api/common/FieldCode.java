package app.rapport.api.common;

/**
 * What is wrong with one input, as a code the UI words in the reader's language. The arguments a code comes with
 * are named in its comment; they travel in {@link ProblemView.FieldProblem#args()} as values (numbers as numbers,
 * dates in ISO-8601), never as a sentence.
 */
public enum FieldCode {
    // bean validation, named after the constraint; its attributes are the arguments
    /** Empty or only spaces. */
    NOT_BLANK,
    /** Missing. */
    NOT_NULL,
    /** An empty list. */
    NOT_EMPTY,
    /** Length or number of items outside {@code min}–{@code max}. */
    SIZE,
    /** Below {@code value}. */
    MIN,
    /** Above {@code value}. */
    MAX,
    /** Below {@code value} ({@code inclusive}: whether the value itself is allowed). */
    DECIMAL_MIN,
    /** Above {@code value} ({@code inclusive}: whether the value itself is allowed). */
    DECIMAL_MAX,
    /** More than {@code integer} digits before the point or {@code fraction} after it. */
    DIGITS,
    /** Not of the required form ({@code regexp}). */
    PATTERN,
    /** Not an e-mail address. */
    EMAIL,
    /** Not in the future. */
    FUTURE,
    /** In the future. */
    PAST_OR_PRESENT,
    /** Not true. */
    ASSERT_TRUE,
    /** Not valid in some other way the API cannot name more precisely. */
    INVALID,

    // forms with a fixed shape
    /** Not an ISO 4217 currency code such as CNY. */
    CURRENCY_CODE,
    /** Not one of the languages en, zh-CN, zh-TW. */
    LOCALE_TAG,
    /** Not 3–40 lower-case letters, digits or hyphens, not starting or ending with a hyphen. */
    SLUG,
    /** Holds more than digits, spaces and + ( ) -. */
    PHONE,
    /** Not a colour such as #1a7f5a. */
    COLOUR,
    /** Not an IANA time zone such as Asia/Shanghai. */
    TIME_ZONE,
    /** Not an ETag this API sent, such as "3". */
    ETAG,

    // reading the request body
    /** The body is empty. */
    EMPTY_BODY,
    /** More follows the end of the JSON document. */
    TRAILING_CONTENT,
    /** A key appears twice. */
    DUPLICATE_KEY,
    /** Not valid JSON at {@code line}, {@code column}. */
    NOT_JSON,
    /** The body could not be read. */
    UNREADABLE,
    /** Not a text. */
    NOT_TEXT,
    /** Not true or false. */
    NOT_BOOLEAN,
    /** Not a whole number. */
    NOT_WHOLE_NUMBER,
    /** Not a number ({@code value}: what was given, when there is one). */
    NOT_NUMBER,
    /** Too large a number. */
    TOO_LARGE,
    /** Out of range or too precise ({@code value}). */
    OUT_OF_RANGE,
    /** Not a list. */
    NOT_LIST,
    /** Not an object. */
    NOT_OBJECT,
    /** Not one of {@code allowed} (a list of codes). */
    ONE_OF,
    /** Not a date such as 2026-12-01 ({@code value}: what was given, when there is one). */
    NOT_DATE,
    /** Not a time such as 09:30. */
    NOT_TIME,
    /** Not a date and time such as 2026-12-01T09:30:00Z. */
    NOT_DATE_TIME,
    /** A year outside {@code min}–{@code max}. */
    YEAR_RANGE,
    /** Not yes or no. */
    NOT_YES_NO,
    /** A field the request does not have. */
    UNKNOWN_FIELD,

    // ranges and rules of the domain
    /** Outside {@code min}–{@code max}. */
    RANGE,
    /** Below {@code min}. */
    AT_LEAST,
    /** Not above {@code min}. */
    MORE_THAN,
    /** Longer than {@code max} characters. */
    MAX_LENGTH,
    /** In the future ({@code value}, when there is one). */
    IN_FUTURE,
    /** Taken by another record. */
    TAKEN,
    /** Does not repeat the tenant's slug, which confirms a deletion. */
    CONFIRM_SLUG,
    /** Before the target's baseline date {@code baselineOn}. */
    BEFORE_BASELINE,
    /** A day before the invitation it answers was sent, on {@code invitedOn}. */
    BEFORE_INVITATION,
    /** Further back than the earliest day accepted, {@code earliest}. */
    TOO_LONG_AGO,
    /** A manual metric needs its unit. */
    UNIT_NEEDED,
    /** A manual metric needs to say whether lower or higher is better. */
    DIRECTION_NEEDED,
    /** The metric {@code source} is better when {@code direction}; it cannot be set otherwise. */
    DIRECTION_FIXED,
    /** A duration metric needs the blueprint step it measures. */
    STEP_NEEDED,
    /** Not a step of a published blueprint version of this tenant. */
    NOT_A_PUBLISHED_STEP,
    /** Tier ranks must run 1, 2, 3… without gaps or repeats. */
    RANKS_IN_ORDER,
    /** Required by the classification method {@code method}. */
    REQUIRED_BY_METHOD,
    /** Must be below the same figure of the tier ranked above. */
    BELOW_HIGHER_TIER,
    /** Must be above the same figure of the tier ranked above. */
    ABOVE_HIGHER_TIER,
    /** The last tier's cumulative share must be 100. */
    LAST_SHARE_100,
    /** Must come after {@code other} (a field name). */
    MUST_FOLLOW,
    /** Give {@code other} too (a field name). */
    BOTH_NEEDED,
    /** Give either this or {@code other} (a field name), not both and not neither. */
    EITHER_OR,
    /** A period of more than {@code maxDays} days. */
    PERIOD_TOO_LONG,
    /** Only a STEP_DURATION metric measures a step. */
    STEP_ONLY_FOR_DURATION,
    /** A SERVQUAL gap target names the dimension; no other metric names one. */
    SERVQUAL_DIMENSION_NEEDED,
    SERVQUAL_DIMENSION_ONLY_FOR_GAP,
    /** The target is not better than the baseline ({@code direction}: which way is better). */
    NOT_BETTER_THAN_BASELINE,
    /** Targets are owned by tenant admins and account managers. */
    OWNER_ROLE,
    /** Names a step beyond the {@code count} steps given. */
    STEP_BEYOND,
    /** The step is already at the edge of the blueprint. */
    AT_EDGE,
    /** Not a step of this blueprint version. */
    NOT_A_STEP_OF_VERSION,
    /** A flow joins two different steps. */
    SAME_STEP,
    /** Taken by the step {@code step}. */
    CELL_TAKEN,
    /** No records with these ids: {@code ids}. */
    UNKNOWN_IDS,
    /** {@code value} is not a member of this tenant. */
    NOT_A_MEMBER,
    /** Not a client of this tenant. */
    NOT_A_CLIENT,
    /** Not a touchpoint step of a published blueprint of this tenant. */
    NOT_A_TOUCHPOINT_STEP,
    /** No tier {@code value}. */
    NO_SUCH_TIER,
    /** At least {@code minLength} characters for a jump over a stage. */
    JUMP_REASON_LENGTH,
    /** A finding of the blueprint check ({@code finding}: its {@code FindingCode}). */
    BLUEPRINT_FINDING,
    /** Reserved: it belonged to a deleted tenant. */
    RESERVED,
    /** The file is empty; its first line must name the columns. */
    EMPTY_FILE,
    /** More than {@code max} rows; split the file. */
    TOO_MANY_ROWS,
    /** Not a product of this tenant. */
    NOT_A_PRODUCT,
    /** Must be after today and at most a year ahead. */
    PIN_UNTIL,

    // purchase imports
    /** An empty cell. */
    EMPTY,
    /** Several clients are named {@code value}; use the e-mail or id. */
    CLIENT_AMBIGUOUS,
    /** No client is named {@code value}. */
    CLIENT_UNKNOWN,
    /** {@code value} is not in the product catalog. */
    PRODUCT_UNKNOWN,
    /** Not a purchase field. */
    NOT_A_PURCHASE_FIELD,
    /** Names no column of the file ({@code column}). */
    NO_SUCH_COLUMN,
    /** No column is mapped to this required field. */
    UNMAPPED,

    // client imports
    /** Not a client field. */
    NOT_A_CLIENT_FIELD,

    // business calendars
    /** Closes before it opens (00:00 closes at the end of the day). */
    SLOT_BACKWARDS,
    /** Overlaps another slot of the same day ({@code other}: its index). */
    SLOT_OVERLAP,
    /** The same date is listed twice. */
    DAY_TWICE,

    // surveys
    /** An instrument asks at most one question of this type. */
    ONE_PER_INSTRUMENT,
    /** The SERVQUAL block lists each of the 22 statements once ({@code item}: the first missing or repeated). */
    ALL_STATEMENTS,
    /** Only for this kind of question. */
    NOT_FOR_TYPE,
    /** Names no question of the instrument ({@code key}). */
    NO_SUCH_QUESTION,
    /** The importance points add up to 100 over the five dimensions ({@code sum}: what they add up to). */
    POINTS_TOTAL,
    /** Each of the five SERVQUAL dimensions once ({@code dimension}: the one missing or given twice). */
    EVERY_DIMENSION_ONCE,
    /** A reason is asked only for a score at or below the question's bound ({@code max}; none: never). */
    NO_REASON_ASKED,
    /** Only for another trigger of a survey rule. */
    NOT_FOR_TRIGGER,
    /** Archived: it takes nothing new. */
    ARCHIVED
}
