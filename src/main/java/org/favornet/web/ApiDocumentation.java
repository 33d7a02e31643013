package org.favornet.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI document springdoc builds from the controllers ({@code /v3/api-docs}, rendered at
 * {@code /swagger-ui.html}): title, and the two ways to log in (HTTP Basic, or a token from
 * {@code POST /api/tokens} as a bearer token).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocumentation {

    @Bean
    OpenAPI favornetApi() {
        return new OpenAPI()
                .info(new Info().title("favornet API").version("v1").description("""
                        Finds favoritism networks in public-benefit allocation: persons, kinship, paths and circles, \
                        leads and their review, imports, analyses and exports. Every endpoint needs a login; persons \
                        are named by opaque refs, identifiers are masked without clear-data permission and answers \
                        are limited to the caller's regions. Errors are RFC 9457 problem documents."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A token from POST /api/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
