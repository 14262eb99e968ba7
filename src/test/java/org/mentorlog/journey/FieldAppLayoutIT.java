package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The field app's editor, with every kind of card open (an attendee rated on a topic among them), at both tablet sizes and in each language: every
 * target a finger meets is at least 44 × 44 CSS px, nothing is wider than the screen, and the texts are
 * the language's own. Screenshots of each are left in {@code target/journey-screenshots/} for review.
 */
class FieldAppLayoutIT extends BrowserJourney {

    private static final int TARGET = 44;

    /**
     * What a finger can hit, measured where it is hit: a field's input box (not its label), the step buttons
     * of a number field, a checkbox with its label, buttons and links. Hidden elements do not count.
     */
    private static final String SMALL_TARGETS = """
            () => {
              const visible = r => r.width > 0 && r.height > 0;
              const found = [];
              const check = (el, what) => {
                const r = el.getBoundingClientRect();
                if (visible(r) && (r.width < %1$d || r.height < %1$d)) {
                  found.push(what + ' ' + Math.round(r.width) + 'x' + Math.round(r.height)
                      + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"');
                }
              };
              document.querySelectorAll('.field vaadin-button, .field button, .field a[href], .field vaadin-checkbox')
                  .forEach(el => { if (!el.closest('vaadin-button')) check(el, el.localName); });
              document.querySelectorAll('.field [class*=field], .field vaadin-text-field, .field vaadin-integer-field,'
                  + ' .field vaadin-select, .field vaadin-combo-box, .field vaadin-date-picker, .field vaadin-time-picker,'
                  + ' .field vaadin-text-area').forEach(el => {
                const root = el.shadowRoot;
                if (!root) return;
                const box = root.querySelector('[part~="input-field"]');
                if (box) check(box, el.localName + '::input-field');
                root.querySelectorAll('[part~="decrease-button"], [part~="increase-button"]')
                    .forEach(b => check(b, el.localName + '::' + b.getAttribute('part')));
              });
              return [...new Set(found)];
            }
            """.formatted(TARGET);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-GB", "fr-FR", "nb-NO"})
    void the_editor_fits_both_tablet_sizes_with_44_px_targets_in_each_language(String language) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.forLanguageTag(language));
        Page page = open(Tablet.PORTRAIT, language);
        page.navigate("/login");
        page.locator("vaadin-text-field[name=username] input").fill("mentor");
        page.locator("vaadin-password-field[name=password] input").fill("demo");
        page.locator("vaadin-password-field[name=password] input").press("Enter");
        page.waitForURL(address -> URI.create(address).getPath().equals("/field"));
        assertThat(heading(page, texts.getString("field.my-sessions"))).isVisible();

        button(page, texts.getString("field.new-session")).click();
        page.locator("fieldset.field-choices vaadin-checkbox").first().click(); // a topic: its rating buttons show
        page.locator("vaadin-combo-box.field-search").click();
        page.locator("vaadin-combo-box-item").first().click();
        assertThat(page.locator(".field-attendees vaadin-button").filter(new Locator.FilterOptions()
                .setHasText(texts.getString("session.rating.4")))).hasCount(1);
        button(page, texts.getString("session.observation.add")).click();
        button(page, texts.getString("session.follow-up.add")).click();
        assertThat(page.locator(".field-attendees > li")).hasCount(1);
        assertThat(page.locator("[part~=input-field]").first()).isAttached();

        for (Tablet tablet : Tablet.values()) {
            page.setViewportSize(tablet.width, tablet.height);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                    Path.of("target", "journey-screenshots", "field-editor-" + language + "-" + tablet + ".png")));

            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) page.evaluate(SMALL_TARGETS);
            assertThat(small).as("targets under 44 × 44 px on a %s tablet in %s", tablet, language).isEmpty();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("wider than the screen, px").isLessThanOrEqualTo(0);
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }
}
