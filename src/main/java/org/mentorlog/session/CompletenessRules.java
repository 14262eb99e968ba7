package org.mentorlog.session;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a log needs before it can be submitted. The rules are written once, in {@code completeness.json}
 * next to this class; the server checks them here, and the field app receives the same file with its
 * snapshot and checks it on the tablet, so a log submitted offline meets exactly the rules the server
 * applies, with the same messages. Both sides read the log in its JSON form, the form it travels in.
 *
 * <p>A rule names the field its message belongs to, the message key, and one of four checks:
 * {@code text} (a non-blank text at {@code path}), {@code some} (a non-empty list at {@code path}),
 * {@code present} (every one of {@code paths} set) and {@code someone-attended} (a registered trainee
 * present or late, or a head-count above zero). With {@code each}, the check applies to every entry of
 * that list and the field is numbered: {@code followUp.2}.
 */
final class CompletenessRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = "completeness.json";
    private static final JsonNode RULES = load();

    private CompletenessRules() {
    }

    /** The rules as written, for the field app. */
    static JsonNode asJson() {
        return RULES;
    }

    static List<SessionProblem> problems(SessionLog log) {
        JsonNode tree = JSON.valueToTree(log);
        List<SessionProblem> problems = new ArrayList<>();
        for (JsonNode rule : RULES) {
            String message = rule.get("message").asString();
            if (rule.has("each")) {
                JsonNode entries = tree.path(rule.get("each").asString());
                for (int i = 0; i < entries.size(); i++) {
                    if (!holds(rule, entries.get(i))) {
                        problems.add(new SessionProblem(rule.get("field").asString() + "." + i, message));
                    }
                }
            } else if (!holds(rule, tree)) {
                problems.add(new SessionProblem(rule.get("field").asString(), message));
            }
        }
        return problems;
    }

    private static boolean holds(JsonNode rule, JsonNode node) {
        return switch (rule.get("check").asString()) {
            case "text" -> !textAt(node, rule.get("path").asString()).isBlank();
            case "some" -> !node.path(rule.get("path").asString()).isEmpty();
            case "present" -> rule.get("paths").valueStream().allMatch(path -> isSet(node.path(path.asString())));
            case "someone-attended" -> someoneAttended(node);
            default -> throw new IllegalStateException("Unknown check in " + SOURCE + ": " + rule);
        };
    }

    private static boolean someoneAttended(JsonNode log) {
        boolean registered = log.path("attendees").valueStream()
                .anyMatch(attendee -> !AttendanceStatus.ABSENT.name().equals(textAt(attendee, "status")));
        int headcount = log.path("unregisteredWomen").asInt(0) + log.path("unregisteredMen").asInt(0)
                + log.path("unregisteredUnknown").asInt(0);
        return registered || headcount > 0;
    }

    private static String textAt(JsonNode node, String path) {
        JsonNode value = node.path(path);
        return value.isString() ? value.asString() : "";
    }

    private static boolean isSet(JsonNode value) {
        return !value.isMissingNode() && !value.isNull();
    }

    private static JsonNode load() {
        try (var in = CompletenessRules.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + SOURCE, e);
        }
    }
}
