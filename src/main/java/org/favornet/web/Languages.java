package org.favornet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The languages the API answers in: Simplified Chinese (the default, also for an absent or
 * unsupported {@code Accept-Language}) and English. Texts live in {@code i18n/messages*.properties}.
 * Servlet filters run before Spring MVC resolves the locale, and work handed to another thread
 * has no request: both pass the {@link Locale} explicitly, resolved here.
 */
@Configuration(proxyBeanMethods = false)
public class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final AcceptHeaderLocaleResolver RESOLVER = resolver();

    /** Named {@code localeResolver} so that Spring MVC uses it instead of its own. */
    @Bean
    LocaleResolver localeResolver() {
        return RESOLVER;
    }

    /** The one message source: Spring MVC, the problem handler and domain code all read these bundles. */
    @Bean
    MessageSource messageSource() {
        return Texts.messageSource();
    }

    /** The language of a request, from its {@code Accept-Language} header. */
    public static Locale of(HttpServletRequest request) {
        return RESOLVER.resolveLocale(request);
    }

    /**
     * The language of the request being served on this thread; Chinese when none is (a command,
     * a background job). Inside Spring MVC this is what {@link #localeResolver()} resolved.
     */
    public static Locale current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return supported(context == null ? null : context.getLocale());
    }

    /** One of {@link #SUPPORTED}: English for any English locale, else Chinese. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    private static AcceptHeaderLocaleResolver resolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(CHINESE);
        return resolver;
    }
}
