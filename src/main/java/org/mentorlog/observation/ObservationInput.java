package org.mentorlog.observation;

import java.util.Set;

/**
 * One observation as the mentor records it in a session log.
 *
 * @param traineeId optional: the one trainee the observation is about
 * @param tagIds    barrier and enabler tags; the harassment tag is a flag, never a description
 */
public record ObservationInput(Approach approach, Long mowipAreaId, Polarity polarity, NormSource normSource,
                               Set<Long> tagIds, String note, Long traineeId) {

    public ObservationInput {
        tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
    }

    /** A new observation as the form first shows it. */
    public static ObservationInput blank() {
        return new ObservationInput(Approach.TRADITIONAL, null, null, null, Set.of(), null, null);
    }
}
