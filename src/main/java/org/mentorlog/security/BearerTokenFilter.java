package org.mentorlog.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates "Authorization: Bearer &lt;token&gt;" against the stored API tokens. Without the header
 * the request goes on anonymous (and is refused by authorisation); a header with a wrong, revoked or
 * malformed token is answered with 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClientLookup clients;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts;

    BearerTokenFilter(ApiClientLookup clients, AuthenticationEntryPoint entryPoint,
                      SecurityContextHolderStrategy contexts) {
        this.clients = clients;
        this.entryPoint = entryPoint;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClient> client = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? clients.verify(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (client.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Invalid API token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(client.get(), null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.API_CLIENT));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
