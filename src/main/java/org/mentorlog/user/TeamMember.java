package org.mentorlog.user;

/** A colleague in the same team, for pickers such as co-mentors or follow-up owners. */
public record TeamMember(Long id, String displayName) {
}
