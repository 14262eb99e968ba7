package org.mentorlog.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in posted from a page whose session has expired (a tablet left on the sign-in page overnight)
 * carries the CSRF token of a session that no longer exists, and CSRF protection would refuse it with
 * an error page. Such a post is sent back to a fresh sign-in page that says why, instead. Nothing is
 * signed in: a post from another site, which has no session either, ends the same way.
 */
class ExpiredLoginPageFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean loginPost = "POST".equals(request.getMethod())
                && (request.getContextPath() + LOGIN).equals(request.getRequestURI());
        if (loginPost && (request.getRequestedSessionId() == null || !request.isRequestedSessionIdValid())) {
            response.sendRedirect(request.getContextPath() + LOGIN + "?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
