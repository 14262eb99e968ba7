package org.mentorlog.base;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure: the log gets the whole stack trace under a short incident id, the user gets
 * only that id. She can read it out to an administrator, who finds the trace by searching the log.
 */
public final class Incident {

    private static final Logger LOG = LoggerFactory.getLogger(Incident.class);

    // Crockford's base32: no I, L, O or U, so an id read out over a bad line is not misheard.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 8;
    // Random, not a counter: an id must not tell how many incidents there were, nor lead to another one.
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incident() {
    }

    /**
     * Logs the problem with its stack trace at ERROR under a new incident id.
     *
     * @param context what was being done, in words for the log (not shown to the user)
     * @param problem what went wrong
     * @return the incident id, such as {@code ML-7F3K2Q9X}, to show to the user
     */
    public static String report(String context, Throwable problem) {
        String id = newId();
        // A context built from a URL could hold line breaks that forge log lines.
        LOG.error("Incident {}: {}", id, context.replaceAll("[\\r\\n]", "_"), problem);
        return id;
    }

    static String newId() {
        StringBuilder id = new StringBuilder("ML-");
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
