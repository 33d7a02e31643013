package org.favornet.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import java.io.IOException;

/** Writes a {@link Sensitive} string in a response masked or in clear, per the current viewer. */
final class MaskingSerializer extends JsonSerializer<String> implements ContextualSerializer {

    private final Sensitive.Kind kind;

    MaskingSerializer() {
        this(Sensitive.Kind.PERSON_ID);
    }

    private MaskingSerializer(Sensitive.Kind kind) {
        this.kind = kind;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property) {
        Sensitive s = property == null ? null : property.getAnnotation(Sensitive.class);
        return s == null ? this : new MaskingSerializer(s.value());
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        // Only responses: the same mapper stores evidence and import reports, which stay as they are.
        boolean response = serializers.getAttribute(JsonResponseMasking.RESPONSE) != null;
        gen.writeString(response ? Masking.forViewer(Viewer.current(), kind, value) : value);
    }
}
