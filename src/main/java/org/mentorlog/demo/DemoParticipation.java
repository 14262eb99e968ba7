package org.mentorlog.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorlog.demo.DemoSetup.Team;
import org.mentorlog.demo.DemoSetup.Trainee;
import org.mentorlog.demo.DemoWriter.ReferenceRow;

/**
 * Who came to a session, what each of them did there, and how well: attendance with roles and
 * quality flags, and a competency rating per topic.
 *
 * <p>The skew is deliberate. Early in the year women are invited less, get the traditional tasks
 * (victim contact, the report, watching), are kept on paperwork and talked over; over the year this
 * moves towards parity, so the headquarters indicators have a story to tell.
 */
final class DemoParticipation {

    private static final String ATTENDANCE_SQL = """
            insert into attendance (session_id, trainee_id, status, role_id, position_of_authority,
                non_traditional_role, spoke_or_asked, led_task, hands_on, admin_only, interrupted, evidence_note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String RATING_SQL = """
            insert into competency_rating (session_id, trainee_id, topic_id, level, evidence)
            values (?, ?, ?, ?, ?)""";

    private record Flags(boolean spokeOrAsked, boolean ledTask, boolean handsOn, boolean adminOnly,
                         boolean interrupted) {
    }

    private final DemoWriter writer;
    private final DemoRandom dice;
    private final ReferenceRow sceneCommander;
    private final List<ReferenceRow> otherRoles;
    /** Each trainee's hidden skill per topic ("traineeId/topicId"), which ratings sample and practice raises. */
    private final Map<String, Double> skills = new HashMap<>();

    DemoParticipation(DemoWriter writer, DemoRandom dice, DemoReference reference) {
        this.writer = writer;
        this.dice = dice;
        this.sceneCommander = reference.sessionRole("SCENE_COMMANDER");
        this.otherRoles = reference.sessionRoles().stream().filter(role -> !role.equals(sceneCommander)).toList();
    }

    /** Writes the attendance and ratings of one session and returns the trainees who were there. */
    List<Trainee> record(long sessionId, Team team, String format, List<Long> topicIds, double progress) {
        int groupSize = format.equals(DemoText.ONE_TO_ONE) ? dice.between(1, 2) : dice.between(6, 14);
        List<Trainee> invited = dice.sample(team.activeTrainees(), groupSize,
                trainee -> trainee.woman() ? 0.6 + 0.5 * progress : 1.0);
        Map<Trainee, String> statuses = new HashMap<>();
        invited.forEach(trainee -> statuses.put(trainee, attendanceStatus()));
        List<Trainee> there = invited.stream().filter(trainee -> !statuses.get(trainee).equals("ABSENT")).toList();

        boolean withRoles = format.equals(DemoText.PRACTICAL) || format.equals(DemoText.REAL_SCENE);
        Trainee commander = withRoles && !there.isEmpty()
                ? dice.weighted(there, trainee -> trainee.woman() ? 0.25 + 0.8 * progress : 1.0)
                : null;
        for (Trainee trainee : invited) {
            if (!there.contains(trainee)) {
                writer.later(ATTENDANCE_SQL, sessionId, trainee.id(), "ABSENT", null,
                        false, false, false, false, false, false, false, null);
                continue;
            }
            ReferenceRow role = !withRoles ? null
                    : trainee.equals(commander) ? sceneCommander
                    : dice.weighted(otherRoles, candidate -> roleWeight(candidate, trainee, progress));
            Flags flags = attend(sessionId, trainee, statuses.get(trainee), role, withRoles, progress);
            rate(sessionId, trainee, topicIds, flags.handsOn());
        }
        return there;
    }

    private String attendanceStatus() {
        double roll = dice.fraction();
        return roll < 0.82 ? "PRESENT" : roll < 0.90 ? "LATE" : "ABSENT";
    }

    private double roleWeight(ReferenceRow role, Trainee trainee, double progress) {
        double usual = switch (role.code()) {
            case "CO_INSTRUCTOR" -> 0.3;
            case "OBSERVER" -> 0.5;
            default -> 1.0;
        };
        if (!trainee.woman()) {
            return usual;
        }
        if (role.positionOfAuthority()) {
            return usual * (0.2 + 0.8 * progress);
        }
        return usual * (role.nonTraditional() ? 0.6 + 0.5 * progress : 2.2 - 1.4 * progress);
    }

    private Flags attend(long sessionId, Trainee trainee, String status, ReferenceRow role, boolean practical,
                         double progress) {
        boolean authority = role != null && role.positionOfAuthority();
        Flags flags = flags(trainee.woman(), authority, practical, progress);
        String note = dice.chance(0.1) ? dice.pick(DemoText.ATTENDANCE_NOTES) : null;
        writer.later(ATTENDANCE_SQL, sessionId, trainee.id(), status, role == null ? null : role.id(),
                authority, role != null && role.nonTraditional(),
                flags.spokeOrAsked(), flags.ledTask(), flags.handsOn(), flags.adminOnly(), flags.interrupted(), note);
        return flags;
    }

    private Flags flags(boolean woman, boolean authority, boolean practical, double progress) {
        double early = 1 - progress;
        boolean adminOnly = !authority && dice.chance(woman ? 0.08 + 0.40 * early : 0.08);
        boolean interrupted = dice.chance(woman ? 0.05 + 0.35 * early : 0.06);
        boolean spokeOrAsked = dice.chance(woman ? 0.35 + 0.45 * progress : 0.65);
        boolean ledTask = authority || dice.chance(woman ? 0.08 + 0.25 * progress : 0.25);
        boolean handsOn = !adminOnly && dice.chance(practical ? 0.85 : 0.3);
        return new Flags(spokeOrAsked, ledTask, handsOn, adminOnly, interrupted);
    }

    /**
     * Rates each topic from the trainee's hidden skill, then raises it: doing the work by hand teaches
     * more than watching, so the early skew in hands-on practice shows up in the progress indicators.
     */
    private void rate(long sessionId, Trainee trainee, List<Long> topicIds, boolean handsOn) {
        for (long topicId : topicIds) {
            String key = trainee.id() + "/" + topicId;
            double skill = skills.computeIfAbsent(key, first -> 1.0 + 0.9 * dice.fraction());
            int level = Math.clamp(Math.round(skill + 0.8 * dice.fraction() - 0.4), 1, 4);
            skills.put(key, skill + (handsOn ? 0.4 : 0.2) + 0.3 * dice.fraction());
            String evidence = dice.chance(0.25) ? dice.pick(DemoText.RATING_EVIDENCE.get(level - 1)) : null;
            writer.later(RATING_SQL, sessionId, trainee.id(), topicId, level, evidence);
        }
    }
}
