package org.mentorlog.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.mentorlog.base.DomainException;

/** Short confirmations and error messages, always in the user's language. */
public final class Messages {

    private static final int SHORT_MS = 3000;
    private static final int LONG_MS = 8000;

    private Messages() {
    }

    /** Confirms that something was saved. */
    public static void success(Component source, String key, Object... arguments) {
        Notification notification = Notification.show(source.getTranslation(key, arguments), SHORT_MS,
                Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Tells the user what to change; the form she was filling stays open and keeps its values. */
    public static void error(Component source, DomainException problem) {
        Notification notification = Notification.show(
                source.getTranslation(problem.messageKey(), problem.arguments()), LONG_MS,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** The translated label of an enum constant, under {@code prefix.CONSTANT}. */
    public static String label(Component source, String prefix, Enum<?> value) {
        return value == null ? "" : source.getTranslation(prefix + "." + value.name());
    }
}
