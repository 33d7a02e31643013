package org.favornet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.favornet.web.ProblemKind;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every endpoint denies by default; each {@link Route} names the roles it admits. Stateless: HTTP
 * Basic or an API token on every request. Refusals are JSON problem documents like every other
 * error. Filter order around the application:
 * <ol>
 *   <li>{@link AuditTrailFilter} (servlet filter, before Spring Security): one record per
 *       {@code /api} request, refusals included, written before the response leaves;</li>
 *   <li>{@link OriginCheck}: state-changing requests from another site (403);</li>
 *   <li>{@link RequestLimits}: rate per address without credentials, failed-login throttle per
 *       address and (name, address) (429), raw body size (413);</li>
 *   <li>{@link BearerTokenFilter}, then HTTP Basic; then the viewer is noted for the audit; then the
 *       rate per authenticated user (429, {@link RequestLimits#afterLogin()});</li>
 *   <li>authorization from {@link Route}; then {@link MaskingFilter} on the way out.</li>
 * </ol>
 */
/* Web only: the command line boots the same context without a servlet container. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Just before Spring Security's filter chain (order -100), so refusals are audited too. */
    static final int AUDIT_ORDER = -110;

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SecurityProperties props) throws Exception {
        RequestLimits limits = new RequestLimits(props, System::nanoTime);
        AuthenticationEntryPoint unauthorized = limits.countingFailures((req, res, e) -> refuse(req, res,
                ProblemKind.UNAUTHORIZED, "problem.detail.unauthorized"));
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((req, res, e) -> refuse(req, res, ProblemKind.FORBIDDEN,
                                "problem.detail.forbidden")))
                .addFilterBefore(new OriginCheck(props), BasicAuthenticationFilter.class)
                .addFilterBefore(limits, BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .addFilterAfter((req, res, chain) -> {
                    req.setAttribute(AuditTrailFilter.VIEWER, Viewer.current());
                    chain.doFilter(req, res);
                }, BasicAuthenticationFilter.class)
                .addFilterAfter(limits.afterLogin(), BasicAuthenticationFilter.class)
                .addFilterAfter(new MaskingFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> {
                    for (Route route : Route.values()) {
                        AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl rule =
                                a.requestMatchers(route.matcher());
                        if (route.open()) {
                            rule.permitAll();
                        } else {
                            rule.hasAnyRole(route.roleNames());
                        }
                    }
                    a.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean(destroyMethod = "close")
    RefusalCoalescer refusalCoalescer(AuditLog trail) {
        return new RefusalCoalescer(trail);
    }

    @Bean
    FilterRegistrationBean<AuditTrailFilter> auditTrailFilter(AuditLog trail, PersonRefs refs,
            RefusalCoalescer refusals) {
        FilterRegistrationBean<AuditTrailFilter> bean =
                new FilterRegistrationBean<>(new AuditTrailFilter(trail, refs, refusals));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(AUDIT_ORDER);
        return bean;
    }

    /** Requests the firewall rejects (encoded slashes, odd characters) get a problem document too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (req, res, e) -> refuse(req, res, ProblemKind.BAD_REQUEST, "problem.detail.url-refused");
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse res, ProblemKind kind, String detailKey)
            throws IOException {
        if (kind == ProblemKind.UNAUTHORIZED) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"favornet\", Bearer");
        }
        ProblemResponse.write(req, res, kind, detailKey);
    }
}
