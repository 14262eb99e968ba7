package org.mentorlog.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.mentorlog.trainee.TraineeRow;

/** Any number of cards of one kind, with an add button; removing one renumbers the rest. */
class CardList<V> extends Div {

    private final List<LogCard<V>> cards = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;
    private final String copyPrefix;
    private final BiFunction<Integer, Runnable, LogCard<V>> factory;
    private final Supplier<V> blank;
    private final LocalCopy copy;
    private final Runnable onChange;
    private List<TraineeRow> attendees = List.of();

    CardList(String addLabel, String copyPrefix, BiFunction<Integer, Runnable, LogCard<V>> factory, Supplier<V> blank,
             LocalCopy copy, Runnable onChange) {
        this.copyPrefix = copyPrefix;
        this.factory = factory;
        this.blank = blank;
        this.copy = copy;
        this.onChange = onChange;
        list.addClassName("card-list");
        add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
            List<V> values = values();
            values.add(blank.get());
            show(values, attendees);
            onChange.run();
        });
        add(list, add);
    }

    void show(List<V> values, List<TraineeRow> currentAttendees) {
        this.attendees = currentAttendees;
        cards.clear();
        list.removeAll();
        copy.untrackPrefix(copyPrefix);
        for (V value : values) {
            int index = cards.size();
            LogCard<V> card = factory.apply(index + 1, () -> remove(index));
            card.show(value, currentAttendees);
            card.fields().forEach(field -> field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    onChange.run();
                }
            }));
            copy.track(copyPrefix + index + ".text", card.text());
            cards.add(card);
            list.add((Component) card);
        }
    }

    private void remove(int index) {
        List<V> values = values();
        values.remove(index);
        show(values, attendees);
        onChange.run();
    }

    void offerTrainees(List<TraineeRow> currentAttendees) {
        if (currentAttendees.equals(attendees)) {
            return;
        }
        this.attendees = currentAttendees;
        cards.forEach(card -> card.offerTrainees(currentAttendees));
    }

    List<V> values() {
        return new ArrayList<>(cards.stream().map(LogCard::collect).toList());
    }

    List<HasValue<?, ?>> fields() {
        return cards.stream().flatMap(card -> card.fields().stream()).toList();
    }

    void setAddEnabled(boolean enabled) {
        add.setEnabled(enabled);
    }

    void showProblem(int index, String message) {
        if (index < cards.size()) {
            cards.get(index).showProblem(message);
        }
    }

    void saved(List<V> values) {
        for (int i = 0; i < Math.min(values.size(), cards.size()); i++) {
            cards.get(i).saved(values.get(i));
        }
    }

    void clearProblems() {
        cards.forEach(card -> card.showProblem(null));
    }
}
