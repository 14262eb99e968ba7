package org.mentorlog.summary.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mentorlog.mission.MissionInfo;

/**
 * Which of her missions a headquarters reader is looking at. Shown only when she reads more than
 * one; the choice is remembered for the rest of her session, so the overview and the summary agree.
 */
class MissionPicker extends Select<MissionInfo> {

    private static final String CHOSEN = MissionPicker.class.getName() + ".chosen";

    MissionPicker(List<MissionInfo> missions, Consumer<MissionInfo> onChange) {
        addClassName("mission-picker");
        setLabel(getTranslation("mission.choose"));
        setItems(missions);
        setItemLabelGenerator(mission -> mission.code() + " – " + mission.name());
        setVisible(missions.size() > 1);
        chosen(missions).ifPresent(this::setValue);
        addValueChangeListener(event -> {
            if (event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(CHOSEN, event.getValue().id());
                onChange.accept(event.getValue());
            }
        });
    }

    /** The mission chosen earlier in this session if it is still readable, else the first. */
    static Optional<MissionInfo> chosen(List<MissionInfo> missions) {
        Object id = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(CHOSEN);
        return missions.stream().filter(mission -> mission.id().equals(id)).findFirst()
                .or(() -> missions.stream().findFirst());
    }
}
