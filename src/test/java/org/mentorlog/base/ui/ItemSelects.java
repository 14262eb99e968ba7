package org.mentorlog.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.io.Serializable;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** For browserless tests: an {@link ItemSelect} as the browser shows it, and choices as the browser reports them. */
public final class ItemSelects {

    private ItemSelects() {
    }

    /** The items' names in the order the select offers them. */
    public static List<String> labels(Component select) {
        return items(select).stream().map(item -> item.get("label").asString()).toList();
    }

    /** Picks the item with that name. */
    public static void choose(Component select, String label) {
        send(select, items(select).stream().filter(item -> item.get("label").asString().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + label + " in " + labels(select)))
                .get("value").asString());
    }

    /** Picks exactly the items with those names in a multi-select, as the browser reports its selected items. */
    public static void chooseAll(ItemMultiSelect<?> select, String... labels) {
        ArrayNode chosen = JacksonUtils.createArrayNode();
        List<String> wanted = List.of(labels);
        items(select).stream().filter(item -> wanted.contains(item.get("label").asString())).forEach(chosen::add);
        if (chosen.size() != labels.length) {
            throw new AssertionError("not all of " + wanted + " in " + labels(select));
        }
        sync(select, "selectedItems", chosen);
    }

    /** What a browser (or someone posing as one) sends as the select's value. */
    public static void send(Component select, String value) {
        sync(select, "value", value);
    }

    /** What a browser (or someone posing as one) sends as a property's value. */
    public static void sync(Component select, String property, Serializable value) {
        try {
            select.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient(property, value)
                    .run();
        } catch (PropertyChangeDeniedException notSynchronized) {
            throw new AssertionError("the browser could not send the value of " + select, notSynchronized);
        }
    }

    private static List<JsonNode> items(Component select) {
        return JacksonUtils.<JsonNode>stream((ArrayNode) select.getElement().getPropertyRaw("items")).toList();
    }
}
