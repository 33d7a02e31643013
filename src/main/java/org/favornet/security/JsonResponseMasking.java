package org.favornet.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.MediaType;

/**
 * Free text in JSON responses: for a viewer without clear-data permission every string an API
 * answers (names of things, sentences, tip text, addresses, provenance, reasons of rejected
 * rows) passes {@link FreeTextMasking} as it is written, so an identifier typed into any field is
 * masked without each DTO having to say so. {@link Sensitive} fields keep their own masking.
 *
 * <p>Only HTTP responses are masked: the same {@link ObjectMapper} stores lead evidence and
 * import reports, which must stay as they are. The HTTP converter marks its writers with
 * {@link #RESPONSE}; the string serializer masks only under that mark. SHA-256 hex digests (the
 * audit chain) and region-code fields are left alone: they are not personal data, and a digit
 * run in a digest, or a phone-like run in a 12-digit region code, is chance.
 */
@Configuration
class JsonResponseMasking {

    /** Writer attribute set by the HTTP message converter. */
    static final String RESPONSE = "favornet.response";
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    /** Fields holding region codes: codes, not free text (a 12-digit one can look like a phone glued to a digit). */
    private static final Set<String> CODES = Set.of("regionCode", "region", "regions");

    @Bean
    Module freeTextMaskingModule() {
        SimpleModule module = new SimpleModule("favornet-free-text-masking");
        module.addSerializer(String.class, new TextSerializer());
        return module;
    }

    @Bean
    MappingJackson2HttpMessageConverter maskingJsonConverter(ObjectMapper mapper) {
        return new MappingJackson2HttpMessageConverter(mapper) {
            @Override
            protected ObjectWriter customizeWriter(ObjectWriter writer, JavaType javaType, MediaType contentType) {
                return super.customizeWriter(writer, javaType, contentType).withAttribute(RESPONSE, Boolean.TRUE);
            }
        };
    }

    /** Writes a string, masked when it goes into a response for a viewer without clear data. */
    static final class TextSerializer extends JsonSerializer<String> {

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(masked(value, field(gen), provider));
        }

        static String masked(String value, String field, SerializerProvider provider) {
            if (value == null || value.length() < 11 || provider.getAttribute(RESPONSE) == null
                    || Viewer.current().clearData() || DIGEST.matcher(value).matches() || CODES.contains(field)) {
                return value;
            }
            return FreeTextMasking.scrub(value);
        }

        /** The name of the field being written (of the list, for an element). */
        private static String field(JsonGenerator gen) {
            JsonStreamContext ctx = gen.getOutputContext();
            if (ctx.inArray() && ctx.getParent() != null) {
                ctx = ctx.getParent();
            }
            return ctx.getCurrentName();
        }

        @Override
        public Class<String> handledType() {
            return String.class;
        }
    }
}
