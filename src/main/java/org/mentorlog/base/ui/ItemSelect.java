package org.mentorlog.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;

/**
 * Vaadin's select, given its items as one property: the web component draws them when it opens. Flow's
 * {@link Select} makes a component of each item and keeps it for as long as the page is open; a select of
 * seven items held 12 KB of every open UI, this one about 1 KB (issue 10: heap per open UI). For the filters
 * of pages that stay open; a form's select that lives as long as its dialog can stay a {@link Select}.
 *
 * <p>The browser knows an item by its position, so the items are fixed once shown. An item for "any"
 * (no value) comes first when {@link #setEmptySelectionCaption} is given, and shows while nothing is chosen.
 */
@Tag("vaadin-select")
@Uses(Select.class)
public class ItemSelect<T> extends AbstractField<ItemSelect<T>, T> implements HasLabel, HasHelper {

    /** The browser's value of the "any" item: the web component shows no item at all for an empty value. */
    private static final String ANY = "any";

    private final List<T> items = new ArrayList<>();
    private Function<T, String> labels = String::valueOf;
    private String emptyCaption;

    public ItemSelect(String label) {
        super(null);
        setLabel(label);
        getElement().addPropertyChangeListener("value", "value-changed", event -> {
            if (event.isUserOriginated()) {
                setModelValue(item(getElement().getProperty("value", "")), true);
            }
        });
    }

    /** The items and how each is named; the value is kept if it is among them, cleared if not. */
    public void setItems(List<T> items, Function<T, String> labels) {
        this.items.clear();
        this.items.addAll(items);
        this.labels = labels;
        writeItems();
        if (!this.items.contains(getValue())) {
            clear();
        }
        setPresentationValue(getValue());
    }

    /** Offers "no value" first, named {@code caption} (such as "Any"). */
    public void setEmptySelectionCaption(String caption) {
        this.emptyCaption = caption;
        writeItems();
        setPresentationValue(getValue());
    }

    @Override
    protected void setPresentationValue(T value) {
        int at = items.indexOf(value);
        getElement().setProperty("value", at >= 0 ? String.valueOf(at) : emptyCaption != null ? ANY : "");
    }

    /** The item at a position the browser sent; a position that names none keeps the value. */
    private T item(String key) {
        if (key.equals(ANY) && emptyCaption != null) {
            return null;
        }
        int at = ItemPositions.of(key, items.size());
        return at < 0 ? getValue() : items.get(at);
    }

    private void writeItems() {
        ArrayNode json = JacksonUtils.createArrayNode();
        if (emptyCaption != null) {
            json.addObject().put("label", emptyCaption).put("value", ANY);
        }
        getElement().setPropertyJson("items", ItemPositions.add(json, items, labels));
    }
}
