package org.mentorlog.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a copy of what the mentor types in the browser's local storage, written on every keystroke
 * by the browser itself, so that it survives a lost connection, a reload or a closed browser. When
 * the form opens again and the copy differs from what the server has, the form offers to restore it.
 * Free-text, number, date and time fields are copied; choices made while offline are re-sent by
 * Vaadin itself once the connection returns.
 */
final class LocalCopy {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String INSTALL = """
            const root = this, key = $0;
            if (root.__localCopyKey === key) { return; }
            root.__localCopyKey = key;
            const snapshot = () => {
              const values = {};
              root.querySelectorAll('[data-local]').forEach(field => {
                values[field.dataset.local] = field.value == null ? '' : String(field.value);
              });
              return values;
            };
            const write = () => {
              try {
                localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values: snapshot() }));
              } catch (full) { /* storage full or disabled: the server copy still holds */ }
            };
            // Bubbling phase: by then the field has taken the new value from its input element.
            const keep = event => {
              if (event.target.closest && event.target.closest('[data-local]')) { write(); }
            };
            root.addEventListener('input', keep);
            root.addEventListener('change', keep);
            window.addEventListener('pagehide', () => { if (root.isConnected && root.__localCopyKey === key) { write(); } });
            const banner = () => document.querySelectorAll('.offline-banner').forEach(b => b.hidden = navigator.onLine);
            window.addEventListener('online', banner);
            window.addEventListener('offline', banner);
            banner();
            """;

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private record Field(Supplier<String> current, Consumer<String> restore) {
    }

    /** Copies a text field (or text area) under a key stable across reloads. */
    void track(String key, HasValue<?, String> field) {
        track(key, field, Function.identity(), Function.identity());
    }

    /** Copies a field whose value the browser holds as text (numbers, ISO dates and times). */
    <V> void track(String key, HasValue<?, V> field, Function<V, String> toText, Function<String, V> fromText) {
        ((Component) field).getElement().setAttribute("data-local", key);
        fields.put(key, new Field(() -> field.getValue() == null ? "" : toText.apply(field.getValue()),
                text -> field.setValue(text.isEmpty() ? field.getEmptyValue() : fromText.apply(text))));
    }

    void untrackPrefix(String prefix) {
        fields.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** Starts copying inside the given root; idempotent. */
    void install(Component root, String storageKey) {
        root.getElement().executeJs(INSTALL, storageKey);
    }

    /** Reads the device's copy and reports, if it differs from the form, its values and when they were typed. */
    void findDifferences(Component root, String storageKey, Consumer<Saved> onDifferent) {
        root.getElement().executeJs("return localStorage.getItem($0)", storageKey).then(String.class, json -> {
            Saved saved = parse(json);
            if (saved != null && saved.values().entrySet().stream().anyMatch(this::differs)) {
                onDifferent.accept(saved);
            }
        });
    }

    /** Puts the device's values back into the form. */
    void restore(Saved saved) {
        saved.values().forEach((key, value) -> {
            Field field = fields.get(key);
            if (field != null && differs(Map.entry(key, value))) {
                field.restore().accept(value);
            }
        });
    }

    void discard(Component root, String storageKey) {
        root.getElement().executeJs("localStorage.removeItem($0)", storageKey);
    }

    private boolean differs(Map.Entry<String, String> entry) {
        Field field = fields.get(entry.getKey());
        return field != null && !Objects.equals(field.current().get(), entry.getValue());
    }

    private static Saved parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonNode root = JSON.readTree(json);
        Map<String, String> values = new LinkedHashMap<>();
        root.path("values").properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
        return new Saved(root.path("savedAt").asLong(), values);
    }

    /** The device's copy: when it was last typed into (epoch milliseconds) and the values by key. */
    record Saved(long savedAt, Map<String, String> values) {
    }
}
