package org.mentorlog.observation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observations on women's participation. They belong to a session log, so the session service,
 * which has already checked that the caller may edit that session, reads and writes them here.
 */
@Service
@Transactional(readOnly = true)
public class ObservationService {

    private final ObservationRepository observations;
    private final ReferenceService reference;

    ObservationService(ObservationRepository observations, ReferenceService reference) {
        this.observations = observations;
        this.reference = reference;
    }

    /** The observations of a session, in the order they were recorded. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<ObservationInput> forSession(long sessionId) {
        return observations.findBySessionIdOrderById(sessionId).stream().map(Observation::toInput).toList();
    }

    /** Replaces a session's observations with the mentor's current list, inside her save. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public void replaceForSession(long sessionId, List<ObservationInput> inputs) {
        Set<Long> areas = ids(EnumSet.of(ReferenceKind.MOWIP_AREA));
        Set<Long> tags = ids(EnumSet.of(ReferenceKind.BARRIER, ReferenceKind.ENABLER));
        for (ObservationInput input : inputs) {
            if (input.mowipAreaId() != null && !areas.contains(input.mowipAreaId())
                    || !tags.containsAll(input.tagIds())) {
                throw new DomainException("observation.error.unknown-reference");
            }
        }
        List<Observation> existing = observations.findBySessionIdOrderById(sessionId);
        for (int i = 0; i < inputs.size(); i++) {
            if (i < existing.size()) {
                existing.get(i).update(inputs.get(i));
            } else {
                observations.save(new Observation(sessionId, inputs.get(i)));
            }
        }
        observations.deleteAll(existing.subList(Math.min(inputs.size(), existing.size()), existing.size()));
    }

    private Set<Long> ids(Set<ReferenceKind> kinds) {
        return kinds.stream()
                .flatMap(kind -> reference.optionsWithRetired(kind, Locale.ENGLISH).stream())
                .map(ReferenceOption::id)
                .collect(Collectors.toSet());
    }
}
