package org.favornet.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Server-made text in the caller's language, from the message bundles {@code i18n/messages} (Chinese,
 * the default) and {@code i18n/messages_en}. Every message is a {@link java.text.MessageFormat}
 * pattern (so a quote is written {@code ''}); numbers are passed as plain digits, never grouped,
 * so ids and line numbers read as given.
 */
@Component
public class Texts {

    public static final String BUNDLE = "i18n/messages";

    private static final ResourceBundleMessageSource SOURCE = source();
    private static final Texts SHARED = new Texts(SOURCE);

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The application's one {@link MessageSource} ({@link Languages} registers it as the
     * {@code messageSource} bean), for code that renders text without being a bean or outside a
     * request: domain records, export writers, a filter unit-tested without the context.
     */
    public static Texts shared() {
        return SHARED;
    }

    static MessageSource messageSource() {
        return SOURCE;
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** A programme's name ({@code program.<CODE>}): 低保, 特困 ...; an unknown code stays as it is. */
    public String program(Locale locale, String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String name = find(locale, "program." + code);
        return name == null ? code : name;
    }

    /** The text of a key in the language of the request on this thread. */
    public String get(String key, Object... args) {
        return get(Languages.current(), key, args);
    }

    public String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, plain(args), Languages.supported(locale));
    }

    /** Like {@link #get(Locale, String, Object...)}, or null when the key is not in the bundles. */
    public String find(Locale locale, String key, Object... args) {
        try {
            return get(locale, key, args);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }

    /** The problem document of a kind in a language: its type, status, title and detail. */
    public ProblemDetail problem(Locale locale, ProblemKind kind, String detailKey, Object... args) {
        String detail = find(locale, detailKey, args); // a key missing from the bundles still gives a problem document
        ProblemDetail body = ProblemDetail.forStatusAndDetail(kind.status(), detail == null ? detailKey : detail);
        body.setType(kind.type());
        body.setTitle(get(locale, kind.titleKey()));
        return body;
    }

    static Object[] plain(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            out[i] = a instanceof BigDecimal d ? d.toPlainString() : a instanceof Number ? String.valueOf(a) : a;
        }
        return out;
    }
}
