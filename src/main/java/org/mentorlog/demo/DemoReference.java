package org.mentorlog.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorlog.demo.DemoWriter.ReferenceRow;

/** The reference lists seeded by the migrations, looked up by their stable codes. */
record DemoReference(Map<String, Long> topics, Map<String, Long> mowipAreas, Map<String, Long> barriers,
                     Map<String, Long> enablers, List<ReferenceRow> sessionRoles) {

    static DemoReference load(DemoWriter writer) {
        return new DemoReference(
                idsByCode(writer, "TOPIC"),
                idsByCode(writer, "MOWIP_AREA"),
                idsByCode(writer, "BARRIER"),
                idsByCode(writer, "ENABLER"),
                writer.referenceItems("SESSION_ROLE"));
    }

    ReferenceRow sessionRole(String code) {
        return sessionRoles.stream()
                .filter(role -> role.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Session role " + code + " is not seeded"));
    }

    long topic(String code) {
        return required(topics, code);
    }

    long mowipArea(String code) {
        return required(mowipAreas, code);
    }

    long tag(String code) {
        return barriers.containsKey(code) ? barriers.get(code) : required(enablers, code);
    }

    private static Map<String, Long> idsByCode(DemoWriter writer, String kind) {
        return writer.referenceItems(kind).stream()
                .collect(Collectors.toMap(ReferenceRow::code, ReferenceRow::id));
    }

    private static long required(Map<String, Long> ids, String code) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("Reference item " + code + " is not seeded");
        }
        return id;
    }
}
