package org.favornet.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/** A JSON body for an endpoint's record-typed request body with the payload in every string field. */
final class InjectedBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InjectedBodies() {}

    /** Null when the endpoint takes no record body (then there is nothing to put the payload in). */
    static String of(ApiEndpoints.Endpoint endpoint, String payload) {
        Class<?> type = endpoint.bodyType().orElse(null);
        if (type == null || !type.isRecord()) {
            return null;
        }
        ObjectNode body = JSON.createObjectNode();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == String.class) {
                body.put(c.getName(), payload);
            } else if (Collection.class.isAssignableFrom(c.getType())
                    && c.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] == String.class) {
                body.putArray(c.getName()).add(payload);
            }
        }
        return body.toString();
    }
}
