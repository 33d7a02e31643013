package org.favornet.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint denies by default; each route names the roles it serves. Stateless: HTTP Basic
 * on every request. Refusals are JSON problem documents like every other error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        String admin = Role.ADMIN.name();
        String officer = Role.DATA_OFFICER.name();
        String investigator = Role.INVESTIGATOR.name();
        String analyst = Role.ANALYST.name();
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> refuse(res, json, 401,
                        "Unauthorized", "Log in with HTTP Basic or a token to use this endpoint.")))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint((req, res, e) -> refuse(res, json, 401, "Unauthorized",
                                "Log in with HTTP Basic or a token to use this endpoint."))
                        .accessDeniedHandler((req, res, e) -> refuse(res, json, 403, "Forbidden",
                                "Your role does not allow this request.")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/users/**", "/api/audit/**").hasRole(admin)
                        .requestMatchers("/api/imports/**").hasRole(officer)
                        .requestMatchers("/api/stats").hasAnyRole(admin, officer, investigator, analyst)
                        .requestMatchers("/api/persons/**", "/api/relations/**", "/api/paths/**")
                        .hasAnyRole(investigator)
                        .requestMatchers(HttpMethod.GET, "/api/leads/*/export").hasRole(analyst)
                        .requestMatchers(HttpMethod.PATCH, "/api/leads/**").hasRole(investigator)
                        .requestMatchers(HttpMethod.GET, "/api/leads", "/api/leads/**").hasAnyRole(investigator, analyst)
                        .requestMatchers("/api/analyses", "/api/analyses/**", "/api/exports", "/api/exports/**")
                        .hasRole(analyst)
                        .anyRequest().denyAll());
        return http.build();
    }

    private static void refuse(HttpServletResponse res, ObjectMapper json, int status, String title, String detail)
            throws IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(res.getOutputStream(), Map.of("type", "about:blank", "title", title, "status", status,
                "detail", detail));
    }
}
