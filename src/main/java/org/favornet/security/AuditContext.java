package org.favornet.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a request touched, told by the feature that served it, for the audit record the security
 * filter writes: the subjects (person ids, lead ids) and the result size.
 */
public final class AuditContext {

    static final String SUBJECTS = AuditContext.class.getName() + ".subjects";
    static final String RESULT_SIZE = AuditContext.class.getName() + ".resultSize";

    private AuditContext() {}

    /** Adds subjects (person ids, lead ids...) of the current request; outside a request a no-op. */
    @SuppressWarnings("unchecked")
    public static void subjects(Collection<String> ids) {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs == null) {
            return;
        }
        List<String> list = (List<String>) attrs.getAttribute(SUBJECTS, RequestAttributes.SCOPE_REQUEST);
        if (list == null) {
            list = new ArrayList<>();
            attrs.setAttribute(SUBJECTS, list, RequestAttributes.SCOPE_REQUEST);
        }
        list.addAll(ids);
    }

    /** Records how many items the response holds. */
    public static void resultSize(long size) {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs != null) {
            attrs.setAttribute(RESULT_SIZE, size, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
