package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows why the server refused a save next to the field it concerns (the bar alone is easy to
 * miss), until a later save succeeds.
 */
final class SaveProblems {

    private final Map<String, HasValidation> fieldsByMessageKey = new HashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();

    /** The field that the domain's messages with these keys are about. */
    SaveProblems on(HasValidation field, String... messageKeys) {
        for (String key : messageKeys) {
            fieldsByMessageKey.put(key, field);
        }
        return this;
    }

    /** Marks the field that the refusal concerns, if any, and clears earlier marks. */
    void show(String messageKey, String message) {
        clear();
        HasValidation field = fieldsByMessageKey.get(messageKey);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            marked.add(field);
        }
    }

    void clear() {
        marked.forEach(field -> {
            field.setErrorMessage("");
            field.setInvalid(false);
        });
        marked.clear();
    }
}
