package org.mentorlog.api.web;

import java.io.Serial;

/** A request parameter of the API that cannot be understood; the message says what to send instead. */
class InvalidParameterException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    InvalidParameterException(String message) {
        super(message);
    }
}
