package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValue;
import java.util.List;
import org.mentorlog.trainee.TraineeRow;

/** A repeatable card of the session form (an observation, a follow-up action). */
interface LogCard<V> {

    void show(V value, List<TraineeRow> attendees);

    V collect();

    /** Keeps the trainee choice in step with the attendance list. */
    void offerTrainees(List<TraineeRow> attendees);

    List<HasValue<?, ?>> fields();

    /** The free-text field that the device keeps a local copy of. */
    HasValue<?, String> text();

    void showProblem(String message);

    /** Takes what the server assigned on saving (such as a new action's id). */
    default void saved(V value) {
    }
}
