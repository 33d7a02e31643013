package org.favornet.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, read from the live handler mapping, so the generated
 * security tests cover endpoints other features add without being told about them.
 */
final class ApiEndpoints {

    /** What a path variable or string parameter names, guessed from its name and its path. */
    enum Kind { PERSON, LEAD, USER, OTHER }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");
    private static final List<String> PERSON_PATHS = List.of("/api/persons", "/api/relations", "/api/paths",
            "/api/circles");
    private static final Set<String> NOT_PERSON = Set.of("kind", "type", "types", "scope", "rule", "ruleid",
            "format", "hops", "depth", "program", "status", "page", "size", "limit", "sort", "term", "language");

    record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The pattern with variables in the plain {@code {name}} form UriTemplate expands. */
        String template() {
            return VARIABLE.matcher(pattern).replaceAll("{$1}");
        }

        Kind kind(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.contains("lead")) {
                return Kind.LEAD;
            }
            if (n.contains("person") || n.equals("ref") || n.endsWith("ref")) {
                return Kind.PERSON;
            }
            if (pattern.startsWith("/api/users")) {
                return Kind.USER;
            }
            if (pattern.startsWith("/api/leads") && n.equals("id")) {
                return Kind.LEAD;
            }
            if (PERSON_PATHS.stream().anyMatch(pattern::startsWith) && !NOT_PERSON.contains(n)) {
                return Kind.PERSON;
            }
            return Kind.OTHER;
        }

        /** Has a path variable naming a person or a lead: out of the viewer's region it is a 404. */
        boolean regionScoped() {
            return variables().stream().anyMatch(v -> kind(v) == Kind.PERSON || kind(v) == Kind.LEAD);
        }

        /** The route deciding this endpoint, asked with a concrete path. */
        Optional<Route> route() {
            MockHttpServletRequest req = new MockHttpServletRequest(method.name(),
                    VARIABLE.matcher(pattern).replaceAll("x"));
            return Route.of(req);
        }

        boolean takesBody() {
            return parameters().stream().anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        }

        Optional<Class<?>> bodyType() {
            return parameters().stream().filter(p -> p.hasParameterAnnotation(RequestBody.class))
                    .<Class<?>>map(MethodParameter::getParameterType).findFirst();
        }

        List<MethodParameter> parameters() {
            return List.of(handler.getMethodParameters());
        }

        /** Query parameters: name, type, required. */
        List<QueryParam> queryParams() {
            List<QueryParam> params = new ArrayList<>();
            for (MethodParameter p : parameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp == null || Map.class.isAssignableFrom(p.getParameterType())
                        || p.getParameterType().getName().contains("MultipartFile")) {
                    continue;
                }
                // Spring names a handler's parameters on its first call; this may run before any.
                p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value()
                        : p.getParameterName();
                Class<?> type = Collection.class.isAssignableFrom(p.getParameterType())
                        ? p.getNestedParameterType() : p.getParameterType();
                if (Optional.class.equals(p.getParameterType())) {
                    type = p.getNestedParameterType();
                }
                boolean required = rp.required() && rp.defaultValue().equals(
                        org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
                        && !Optional.class.equals(p.getParameterType());
                params.add(new QueryParam(name, type, required));
            }
            return params;
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    record QueryParam(String name, Class<?> type, boolean required) {

        boolean isString() {
            return type == String.class;
        }

        /** A value of the right type; strings get {@code text}. */
        String sample(String text) {
            if (type == String.class) {
                return text;
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return "1";
            }
            if (type.isEnum()) {
                return ((Enum<?>) type.getEnumConstants()[0]).name();
            }
            if (type == LocalDate.class) {
                return "2024-01-01";
            }
            return text;
        }
    }

    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = e.getKey().getMethodsCondition()
                    .getMethods();
            List<HttpMethod> http = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                    : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (String pattern : e.getKey().getPatternValues()) {
                for (HttpMethod m : http) {
                    endpoints.add(new Endpoint(m, pattern, e.getValue()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(x -> x.method().name()));
        return endpoints;
    }

    /** Path variable values by kind. */
    static Object[] values(Endpoint endpoint, Map<Kind, String> byKind) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String v : endpoint.variables()) {
            values.put(v, byKind.getOrDefault(endpoint.kind(v), "x"));
        }
        return values.values().toArray();
    }

    private ApiEndpoints() {}
}
