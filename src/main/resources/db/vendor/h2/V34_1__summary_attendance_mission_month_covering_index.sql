-- H2 only (issue 10), as V30_1: the mission's monthly attendance groups' index holds every column the attendance
-- pass reads, so H2 answers it from the index alone.
drop index summary_attendance_mission_month_date;
create index summary_attendance_mission_month_date on summary_attendance_mission_month (mission_id, month_start,
    sex, earlier_month, sessions, minutes, authority, firsts, followed);
