package org.mentorlog.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything under {@code /api/} that is not an endpoint: a problem a tool can read, never the
 * application's web page (which Vaadin would otherwise serve for any path it does not know).
 */
@Hidden
@RestController
class UnknownApiPaths {

    /** The summary exists, but only for GET (that mapping is more specific and wins). */
    @RequestMapping(path = "/api/v1/summary", method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
        RequestMethod.DELETE})
    ResponseEntity<ProblemDetail> wrongMethod(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                "The summary is read with GET; " + request.getMethod() + " is not supported.");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @RequestMapping(path = {"/api", "/api/**"})
    ResponseEntity<ProblemDetail> unknown() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no such API endpoint. The summary is at /api/v1/summary; see /v3/api-docs.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
