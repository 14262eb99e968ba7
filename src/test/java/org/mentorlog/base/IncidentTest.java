package org.mentorlog.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class IncidentTest {

    @Test
    void an_incident_is_logged_at_error_with_its_id_and_the_whole_stack_trace(CapturedOutput log) {
        String id = Incident.report("Opening 'summary' failed",
                new IllegalStateException("outer", new ArithmeticException("inner cause")));

        assertThat(id).matches("ML-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{8}");
        assertThat(log).contains("ERROR").contains("Incident " + id + ": Opening 'summary' failed")
                .contains("java.lang.IllegalStateException: outer")
                .contains("Caused by: java.lang.ArithmeticException: inner cause")
                .contains("at org.mentorlog.base.IncidentTest");
    }

    @Test
    void a_line_break_in_the_context_cannot_forge_a_log_line(CapturedOutput log) {
        Incident.report("Opening 'x\nERROR forged' failed", new IllegalStateException("boom"));

        assertThat(log).contains("Opening 'x_ERROR forged' failed");
    }

    @Test
    void incident_ids_do_not_repeat() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(Incident.newId()));

        assertThat(ids).hasSize(10_000);
    }
}
