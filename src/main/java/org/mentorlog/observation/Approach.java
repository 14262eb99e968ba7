package org.mentorlog.observation;

/**
 * Traditional: more women, equal access, inside existing structures. Transformative: looking at
 * the structures and norms that shape women's roles.
 */
public enum Approach {
    TRADITIONAL,
    TRANSFORMATIVE
}
