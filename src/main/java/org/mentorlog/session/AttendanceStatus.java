package org.mentorlog.session;

public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    LATE
}
