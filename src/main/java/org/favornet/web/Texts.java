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

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundles on their own, for code that runs without the Spring context (tests, a filter unit). */
    public static Texts standalone() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return new Texts(source);
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
        ProblemDetail body = ProblemDetail.forStatusAndDetail(kind.status(), get(locale, detailKey, args));
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
