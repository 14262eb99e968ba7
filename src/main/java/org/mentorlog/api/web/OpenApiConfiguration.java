package org.mentorlog.api.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served by springdoc at /v3/api-docs, with Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "MentorLog headquarters API", version = "v1", description = """
        Mission-level aggregates for headquarters tools. Every value is protected by the same disclosure \
        control as the headquarters dashboard; no trainee's name or code is ever returned. Errors are \
        RFC 9457 problem details."""))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "ml_…", description = """
        An API token issued by an administrator for one mission (page "API tokens"), sent as \
        "Authorization: Bearer ml_…". The token is shown once; a revoked token is refused with 401.""")
class OpenApiConfiguration {

    static final String BEARER = "bearer";
}
