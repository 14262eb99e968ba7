package org.mentorlog.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 for the API: an RFC 9457 problem body and a Bearer challenge (RFC 6750), never a login page. */
class ApiProblemEntryPoint implements AuthenticationEntryPoint {

    static final String MISSING = "This API needs an API token: send the header \"Authorization: Bearer <token>\".";
    static final String INVALID = "The API token is not valid, has expired or has been revoked.";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException problem)
            throws IOException {
        boolean invalid = problem instanceof BadCredentialsException;
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalid
                ? "Bearer realm=\"mentorlog\", error=\"invalid_token\"" : "Bearer realm=\"mentorlog\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":" + json(invalid ? INVALID : MISSING) + ",\"instance\":"
                + json(request.getRequestURI()) + "}");
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
