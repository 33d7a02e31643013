package org.favornet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.favornet.web.ProblemKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SecurityProperties props,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping)
            throws Exception {
        KnownApiPaths paths = new KnownApiPaths(mapping);
        RequestLimits limits = new RequestLimits(props, System::nanoTime);
        AuthenticationEntryPoint unauthorized = limits.countingFailures((req, res, e) -> refuse(req, res,
                ProblemKind.UNAUTHORIZED, "problem.detail.unauthorized"));
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((req, res, e) -> {
                            if (paths.unknown(req)) {
                                refuse(req, res, ProblemKind.NOT_FOUND, "problem.detail.no-endpoint");
                            } else {
                                refuse(req, res, ProblemKind.FORBIDDEN, "problem.detail.forbidden");
                            }
                        }))
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

    @Bean
    RejectedRequests rejectedRequests(PersonRefs refs, RefusalCoalescer refusals) {
        return new RejectedRequests(refs, refusals);
    }

    /**
     * Requests the firewall rejects ({@code ;}, {@code //}, an encoded {@code .} or {@code %}, odd
     * characters) get a problem document too, and an audit record: under {@code /api} the audit
     * filter writes it (told by {@link AuditTrailFilter#REJECTED}), elsewhere this handler does.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectProvider<RejectedRequests> rejected) {
        return (req, res, e) -> {
            if (req.getAttribute(AuditTrailFilter.AUDITED) != null) {
                req.setAttribute(AuditTrailFilter.REJECTED, Boolean.TRUE);
            } else {
                rejected.getObject().refused(req, 400);
            }
            refuse(req, res, ProblemKind.BAD_REQUEST, "problem.detail.url-refused");
        };
    }

    /**
     * Puts {@link ProblemReportValve} on the host in place of Tomcat's HTML error report (and of the
     * one Spring Boot configures there), so what Tomcat refuses itself is JSON and audited. Runs last
     * so that no stock valve is added after it.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(
            ObjectProvider<RejectedRequests> rejected) {
        return new ProblemReportCustomizer(rejected::getObject);
    }

    private record ProblemReportCustomizer(java.util.function.Supplier<RejectedRequests> rejected)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
                host.getPipeline().addValve(new ProblemReportValve(rejected));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse res, ProblemKind kind, String detailKey)
            throws IOException {
        if (kind == ProblemKind.UNAUTHORIZED) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"favornet\", Bearer");
        }
        ProblemResponse.write(req, res, kind, detailKey);
    }
}
