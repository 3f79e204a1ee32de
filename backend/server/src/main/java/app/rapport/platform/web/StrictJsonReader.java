package app.rapport.platform.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

/**
 * Reads JSON request bodies of the API's own types (records, lists of them): checked by {@link StrictJson} first, so
 * that a body which does not fit its type is refused naming the field, then decoded as usual. Ordered before
 * Micronaut's JSON handler, which it leaves every other type to.
 */
@Singleton
@Order(-20)
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_JSON})
final class StrictJsonReader<T> implements MessageBodyReader<T> {
    private final JsonMapper json;

    StrictJsonReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        Class<?> raw = type.getType();
        return mediaType != null
                && mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON)
                && ((raw.isRecord() && raw.getPackageName().startsWith("app.rapport"))
                        || Collection.class.isAssignableFrom(raw));
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> buffer) {
        T decoded = read(type, buffer.toByteArray());
        // as Micronaut's JSON handler does: the buffer is ours to release once read; on failure the server releases it
        if (buffer instanceof ReferenceCounted rc) {
            rc.release();
        }
        return decoded;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream in) {
        try {
            return read(type, in.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("Error reading the request body: " + e.getMessage(), e);
        }
    }

    private T read(Argument<T> type, byte[] body) {
        StrictJson.check(body, type.asParameterizedType());
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new CodecException("Error decoding JSON for type [" + type.getName() + "]: " + e.getMessage(), e);
        }
    }
}
