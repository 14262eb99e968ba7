package org.mentorlog.base;

import java.io.Serial;
import java.util.Arrays;

/**
 * A rule of the domain was broken by the caller's input. Carries a translation key (and its
 * arguments) so that the UI can tell the user, in her language, what to change.
 */
public class DomainException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
