package org.mentorlog.base.ui;

import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;

/**
 * Items as {@link ItemSelect} and {@link ItemMultiSelect} give them to the browser: {@code {label, value}},
 * the value being the item's position, which is all the browser sends back.
 */
final class ItemPositions {

    private ItemPositions() {
    }

    /** Adds the items to {@code json}, each named by {@code labels}. */
    static <T> ArrayNode add(ArrayNode json, List<T> items, Function<T, String> labels) {
        for (int i = 0; i < items.size(); i++) {
            json.addObject().put("label", labels.apply(items.get(i))).put("value", String.valueOf(i));
        }
        return json;
    }

    /** The position the browser sent, or -1 when it names none of {@code size} items. */
    static int of(String sent, int size) {
        try {
            int at = Integer.parseInt(sent);
            return at >= 0 && at < size ? at : -1;
        } catch (NumberFormatException notAPosition) {
            return -1;
        }
    }
}
