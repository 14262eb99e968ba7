package org.mentorlog.base.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;

/** For browserless tests: a DOM event on an element, as the browser reports it to the element's listeners. */
public final class DomEvents {

    private DomEvents() {
    }

    /** Fires {@code type} with {@code expression} evaluated to {@code value}, every listener's filter passing. */
    public static void fire(Element element, String type, String expression, String value) {
        ObjectNode data = JacksonUtils.createObjectNode();
        ElementListenerMap listeners = element.getNode().getFeature(ElementListenerMap.class);
        // The browser sends each listener's filter as evaluated; a test fires only what the filter lets through.
        listeners.getExpressions(type).forEach(filter -> data.put(filter, true));
        data.put(expression, value);
        listeners.fireEvent(new DomEvent(element, type, data));
    }
}
