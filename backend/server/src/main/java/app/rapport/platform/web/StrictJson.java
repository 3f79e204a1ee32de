package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a request body as strictly as its type says, before it is decoded, and names the JSON path of the first
 * thing that is wrong ({@code validUntil}, {@code steps[2].lane}, {@code contacts}): exactly one JSON document (no
 * trailing data, no duplicate keys), a single value never in an array, texts as strings, whole numbers within their
 * type, enum constants by name, dates and times in ISO-8601 between the years 1900 and 9999. Everything the walk
 * accepts, the decoder reads as it is; bean validation checks the rest (required, sizes, ranges).
 */
final class StrictJson {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {}

    /** Refuses (400 problem naming the field) a body that does not fit {@code type}. */
    static void check(byte[] body, Type type) {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() == null) {
                throw refused("body", FieldCode.EMPTY_BODY);
            }
            walk(p, type, "");
            if (p.nextToken() != null) {
                throw refused("body", FieldCode.TRAILING_CONTENT);
            }
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            String field = message != null && message.startsWith("Duplicate field")
                    ? message.replaceAll(".*'(.*)'.*", "$1")
                    : "body";
            throw message != null && message.startsWith("Duplicate field")
                    ? refused(field, FieldProblem.of(field, FieldCode.DUPLICATE_KEY))
                    : refused(
                            field,
                            FieldProblem.of(
                                    field,
                                    FieldCode.NOT_JSON,
                                    "line",
                                    e.getLocation().getLineNr(),
                                    "column",
                                    e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw refused("body", FieldCode.UNREADABLE);
        }
    }

    private static void walk(JsonParser p, Type type, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return; // whether a value is required is bean validation's to say
        }
        Class<?> raw = raw(type);
        if (raw == String.class || raw == CharSequence.class) {
            expect(t == JsonToken.VALUE_STRING, path, FieldCode.NOT_TEXT);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE, path, FieldCode.NOT_BOOLEAN);
        } else if (isWhole(raw)) {
            expect(t == JsonToken.VALUE_NUMBER_INT, path, FieldCode.NOT_WHOLE_NUMBER);
            whole(p, raw, path);
        } else if (raw == BigDecimal.class
                || raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class) {
            decimal(p, t, path);
        } else if (raw.isEnum()) {
            enumConstant(p, t, raw, path);
        } else if (isTemporal(raw)) {
            expect(t == JsonToken.VALUE_STRING, path, FieldCode.NOT_DATE_TIME);
            temporal(p.getText(), raw, path);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            expect(t == JsonToken.START_ARRAY, path, FieldCode.NOT_LIST);
            Type element = elementOf(type);
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                walk(p, element, path + "[" + i++ + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(t == JsonToken.START_OBJECT, path, FieldCode.NOT_OBJECT);
            Type value = typeArgument(type, 1);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                walk(p, value, join(path, key));
            }
        } else if (raw.isRecord()) {
            expect(t == JsonToken.START_OBJECT, path, FieldCode.NOT_OBJECT);
            Map<String, RecordComponent> components = Arrays.stream(raw.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c));
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                RecordComponent c = components.get(p.currentName());
                p.nextToken();
                if (c == null) {
                    p.skipChildren(); // unknown properties are ignored, as the decoder does
                } else {
                    walk(p, c.getGenericType(), join(path, c.getName()));
                }
            }
        } else {
            p.skipChildren(); // a free-form value (Object, a JSON tree): the feature reads it itself
        }
    }

    private static void whole(JsonParser p, Class<?> raw, String path) throws IOException {
        BigInteger v = p.getBigIntegerValue();
        long min;
        long max;
        if (raw == int.class || raw == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == short.class || raw == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == byte.class || raw == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else if (raw == BigInteger.class) {
            return;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        expect(
                v.compareTo(BigInteger.valueOf(min)) >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0,
                path,
                FieldCode.TOO_LARGE);
    }

    private static void decimal(JsonParser p, JsonToken t, String path) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return;
        }
        expect(t == JsonToken.VALUE_STRING, path, FieldCode.NOT_NUMBER);
        try {
            new BigDecimal(p.getText().strip());
        } catch (NumberFormatException e) {
            throw refused(path, FieldCode.NOT_NUMBER);
        }
    }

    private static void enumConstant(JsonParser p, JsonToken t, Class<?> raw, String path) throws IOException {
        List<String> names = Arrays.stream(raw.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
        if (!(t == JsonToken.VALUE_STRING && names.contains(p.getText()))) {
            throw refused(path, FieldProblem.of(path, FieldCode.ONE_OF, "allowed", names));
        }
    }

    private static void temporal(String text, Class<?> raw, String path) {
        TemporalAccessor value;
        try {
            value = raw == LocalDate.class
                    ? LocalDate.parse(text)
                    : raw == LocalDateTime.class
                            ? LocalDateTime.parse(text)
                            : raw == LocalTime.class
                                    ? LocalTime.parse(text)
                                    : raw == Instant.class
                                            ? OffsetDateTime.parse(text)
                                            : raw == OffsetDateTime.class
                                                    ? OffsetDateTime.parse(text)
                                                    : ZonedDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw refused(
                    path,
                    raw == LocalDate.class
                            ? FieldCode.NOT_DATE
                            : raw == LocalTime.class ? FieldCode.NOT_TIME : FieldCode.NOT_DATE_TIME);
        }
        if (value.isSupported(ChronoField.YEAR)) {
            int year = value.get(ChronoField.YEAR);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw refused(path, FieldProblem.of(path, FieldCode.YEAR_RANGE, "min", MIN_YEAR, "max", MAX_YEAR));
            }
        }
    }

    private static boolean isWhole(Class<?> raw) {
        return Set.of(
                        int.class,
                        Integer.class,
                        long.class,
                        Long.class,
                        short.class,
                        Short.class,
                        byte.class,
                        Byte.class,
                        BigInteger.class)
                .contains(raw);
    }

    private static boolean isTemporal(Class<?> raw) {
        return raw == LocalDate.class
                || raw == LocalDateTime.class
                || raw == LocalTime.class
                || raw == Instant.class
                || raw == OffsetDateTime.class
                || raw == ZonedDateTime.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType pt) {
            return raw(pt.getRawType());
        }
        if (type instanceof GenericArrayType ga) {
            return java.lang.reflect.Array.newInstance(raw(ga.getGenericComponentType()), 0)
                    .getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementOf(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType ga) {
            return ga.getGenericComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length > index) {
            return pt.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static void expect(boolean ok, String path, FieldCode code) {
        if (!ok) {
            throw refused(path, code);
        }
    }

    private static ProblemException refused(String path, FieldCode code) {
        String field = path.isEmpty() ? "body" : path;
        return refused(field, FieldProblem.of(field, code));
    }

    private static ProblemException refused(String path, FieldProblem problem) {
        String field = path.isEmpty() ? "body" : path;
        FieldProblem named = new FieldProblem(field, problem.code(), problem.args());
        return ProblemException.invalid(named);
    }
}
