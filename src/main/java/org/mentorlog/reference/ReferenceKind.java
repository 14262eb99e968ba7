package org.mentorlog.reference;

/** The reference lists of the product brief. */
public enum ReferenceKind {
    TOPIC,
    MOWIP_AREA,
    BARRIER,
    ENABLER,
    SESSION_ROLE
}
