package org.mentorlog.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.internal.JacksonUtils;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Vaadin's multi-select combo box, given its few items as one property: it filters and draws them in the
 * browser. Flow's {@link MultiSelectComboBox} keeps a data provider, a key mapper and their listeners for
 * each, about 9 KB of every open UI; this one about 1 KB (issue 10: heap per open UI). For short fixed
 * lists (teams, sites, agencies) in the filters of pages that stay open.
 *
 * <p>The browser knows an item by its position, so the items are fixed once shown. The value is the set of
 * items chosen, in the items' order; empty when none is.
 */
@Tag("vaadin-multi-select-combo-box")
@Uses(MultiSelectComboBox.class)
public class ItemMultiSelect<T> extends AbstractField<ItemMultiSelect<T>, Set<T>> implements HasLabel {

    private final List<T> items = new ArrayList<>();

    public ItemMultiSelect(String label) {
        super(Set.of());
        setLabel(label);
        getElement().setProperty("itemLabelPath", "label");
        getElement().setProperty("itemIdPath", "value");
        getElement().setProperty("itemValuePath", "value");
        // Chosen items show whole as chips: the field grows to hold them, onto more lines if it must.
        getElement().setProperty("autoExpandHorizontally", true);
        getElement().setProperty("autoExpandVertically", true);
        getElement().addPropertyChangeListener("selectedItems", "selected-items-changed", event -> {
            if (event.isUserOriginated()) {
                setModelValue(chosen(getElement().getPropertyRaw("selectedItems")), true);
            }
        });
    }

    /** The items and how each is named; what was chosen stays chosen if it is among them. */
    public void setItems(List<T> items, Function<T, String> labels) {
        this.items.clear();
        this.items.addAll(items);
        getElement().setPropertyJson("items", ItemPositions.add(JacksonUtils.createArrayNode(), items, labels));
        setValue(getValue());
        setPresentationValue(getValue());
    }

    @Override
    public Set<T> getEmptyValue() {
        return Set.of();
    }

    @Override
    public void setValue(Set<T> value) {
        Set<T> known = new LinkedHashSet<>();
        items.stream().filter(value::contains).forEach(known::add);
        super.setValue(Collections.unmodifiableSet(known));
    }

    @Override
    protected void setPresentationValue(Set<T> value) {
        ArrayNode chosen = JacksonUtils.createArrayNode();
        JsonNode all = (JsonNode) getElement().getPropertyRaw("items");
        for (int i = 0; i < items.size(); i++) {
            if (value.contains(items.get(i)) && all != null) {
                chosen.add(all.get(i).deepCopy());
            }
        }
        getElement().setPropertyJson("selectedItems", chosen);
    }

    /** The items at the positions the browser sent; positions that name none are left out. */
    private Set<T> chosen(Serializable sent) {
        Set<T> chosen = new LinkedHashSet<>();
        if (sent instanceof ArrayNode array) {
            for (JsonNode item : array) {
                JsonNode value = item.isObject() ? item.get("value") : null;
                int at = value == null ? -1 : ItemPositions.of(value.asString(""), items.size());
                if (at >= 0) {
                    chosen.add(items.get(at));
                }
            }
        }
        return Collections.unmodifiableSet(chosen);
    }
}
