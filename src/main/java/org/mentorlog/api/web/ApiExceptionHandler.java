package org.mentorlog.api.web;

import java.time.LocalDate;
import org.mentorlog.base.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem with a sentence a person can act on. Bad input is a
 * 400, never a 500; the domain's messages come from the English translation bundle.
 */
@RestControllerAdvice(assignableTypes = SummaryController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domainRuleBroken(DomainException problem) {
        return badRequest(EnglishMessages.get(problem.messageKey(), problem.arguments()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException problem) {
        return badRequest(problem.getMessage());
    }

    /** Tomcat cannot decode the query string (a lone '%', bytes that are not UTF-8, a value without a name). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail unreadableQuery(org.apache.tomcat.util.http.InvalidParameterException problem) {
        return badRequest("The query string cannot be read: every parameter needs a name, and names and values must"
                + " be percent-encoded UTF-8 (a '%' itself is written %25).");
    }

    /** Spring Security's firewall refuses parameter names with control characters when they are first read. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejectedRequest(RequestRejectedException problem) {
        return badRequest("A parameter name holds characters that are not allowed, such as control characters."
                + " This endpoint takes " + String.join(", ", SummaryParameters.NAMES) + ".");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException problem) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This API token may not read that.");
    }

    /** Whatever else went wrong is ours, not the caller's: logged, and answered without internals. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException problem) {
        LOG.error("API request failed", problem);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The summary could not be computed. Try again later; if it persists, tell an administrator.");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException problem, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = problem instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : problem.getPropertyName();
        String expected = LocalDate.class.equals(problem.getRequiredType())
                ? "a date in the form YYYY-MM-DD, such as 2026-01-31" : "a value of another form";
        ProblemDetail body = badRequest("Parameter '" + name + "' must be " + expected + "; '" + problem.getValue()
                + "' is not one.");
        return handleExceptionInternal(problem, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request");
        return problem;
    }
}
