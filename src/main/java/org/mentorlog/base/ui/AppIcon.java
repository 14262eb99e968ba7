package org.mentorlog.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * The icons the app shows, drawn from one small sprite ({@code icons/app-icons.svg}, 10 KB, fetched
 * after sign-in). Vaadin's {@code Icon} would put its whole iconset (635 icons, 52 KB compressed) on
 * every cold page, the sign-in page included. Menu entries name their icon by its symbol
 * ({@code @Menu(icon = "chart")}).
 */
public enum AppIcon {
    ARROW_DOWN,
    ARROW_UP,
    COG,
    COPY,
    EDIT,
    ERASER,
    KEY,
    PLUS,
    SEARCH,
    SIGN_OUT,
    TABLET;

    static final String SPRITE = "icons/app-icons.svg";

    public SvgIcon create() {
        return of(symbol());
    }

    /** The icon's symbol in the sprite. */
    String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The icon of that symbol as markup, in the slot of the element that holds it. */
    static Markup write(Markup markup, String symbol, String slot) {
        return markup.open("vaadin-icon", null, "slot", slot, "src", SPRITE, "symbol", symbol).close("vaadin-icon");
    }

    /** The icon of that symbol in the sprite, such as a menu entry's. */
    public static SvgIcon of(String symbol) {
        return new SvgIcon(SPRITE, symbol);
    }
}
