package org.mentorlog.session;

import java.util.Map;

/**
 * One registered trainee in a session log: attendance, the role held and its two flags, the quick
 * quality toggles, an evidence note, and a rating (1–4) per session topic.
 *
 * @param ratings topic id to level; topics not rated are absent
 */
public record AttendeeLog(Long traineeId, AttendanceStatus status, Long roleId, boolean positionOfAuthority,
                          boolean nonTraditionalRole, boolean spokeOrAsked, boolean ledTask, boolean handsOn,
                          boolean adminOnly, boolean interrupted, String evidenceNote, Map<Long, Integer> ratings) {

    public AttendeeLog {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }

    /** A trainee just added to the attendance: present, nothing else recorded yet. */
    public static AttendeeLog present(Long traineeId) {
        return new AttendeeLog(traineeId, AttendanceStatus.PRESENT, null, false, false, false, false, false, false,
                false, null, Map.of());
    }

    public boolean attended() {
        return status != AttendanceStatus.ABSENT;
    }
}
