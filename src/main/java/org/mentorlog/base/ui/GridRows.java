package org.mentorlog.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rows that open something (a page, a dialog) open with a tap and, for a keyboard, with Enter on the
 * focused row: Vaadin's grid gives Enter to the cell's content, and a plain text cell has none, so
 * without this Enter does nothing.
 */
public final class GridRows {

    private GridRows() {
    }

    public static <T> void openWith(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(event -> open.accept(event.getItem()));
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(event -> focused.set(event.getItem().orElse(null)));
        // Only Enter on a body cell itself: Enter in a cell's button or field, or on a header, is theirs.
        grid.getElement().addEventListener("keydown", event -> {
            T row = focused.get();
            if (row != null) {
                open.accept(row);
            }
        }).setFilter("event.key === 'Enter' && event.composedPath()[0].localName === 'td'");
    }
}
