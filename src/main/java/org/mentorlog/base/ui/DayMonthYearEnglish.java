package org.mentorlog.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * English without a country means US dates (11/3/2026), which a mission's international staff read
 * as 11 March. English users get British formats instead: 03/11/2026 and 3 Nov 2026.
 */
@Component
class DayMonthYearEnglish implements VaadinServiceInitListener {

    static final Locale ENGLISH = Locale.UK;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = init.getUI().getLocale();
            if (locale != null && "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty()) {
                init.getUI().setLocale(ENGLISH);
            }
        });
    }
}
