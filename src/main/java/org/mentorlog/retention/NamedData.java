package org.mentorlog.retention;

/** What erasing a mission's names would remove: names on record and the leaders' notes. */
public record NamedData(long missionId, String code, String name, long namedTrainees, long notes) {
}
