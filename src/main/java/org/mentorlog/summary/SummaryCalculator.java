package org.mentorlog.summary;

import static org.mentorlog.summary.Indicator.*;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorlog.summary.SummaryQueries.Row;
import org.springframework.stereotype.Component;

/**
 * Turns the database's aggregates into indicator measures for every breakdown cell and the total.
 * Only arithmetic on one aggregated row at a time happens here (shares, sums of the three sexes).
 */
@Component
class SummaryCalculator {

    /** The breakdown keys in order, and every measure of every cell including the total. */
    record Computed(List<String> keys, List<Measure> measures) {
    }

    /** One family's aggregated rows, by cell. */
    private record Family(Map<String, Row> byKey) {
        static Family of(List<Row> rows) {
            return new Family(rows.stream().collect(Collectors.toMap(r -> r.text("k"), Function.identity())));
        }

        Row in(String key) {
            return byKey.getOrDefault(key, new Row(Map.of()));
        }
    }

    private record Families(Family sessions, Family attendance, Family followed, Family observations, Family opened,
                            Family closed, Family overdue, List<Row> mowip, List<Row> competency) {
        Stream<String> keys() {
            return Stream.of(sessions, attendance, followed, observations, opened, closed, overdue)
                    .flatMap(f -> f.byKey().keySet().stream());
        }
    }

    private final SummaryQueries queries;

    SummaryCalculator(SummaryQueries queries) {
        this.queries = queries;
    }

    Computed compute(SummaryQuery query, SummaryScope scope) {
        Families total = load(scope.total());
        Families cells = scope.isTotal() ? null : load(scope);
        List<String> keys = cells == null ? List.of() : keys(query, cells);
        List<String> areas = queries.mowipAreaCodes();
        Set<String> topics = total.competency().stream().map(r -> r.text("topic"))
                .collect(Collectors.toCollection(TreeSet::new));
        List<Measure> measures = new ArrayList<>();
        for (String key : keys) {
            measures.addAll(measures(cells, key, areas, topics));
        }
        measures.addAll(measures(total, MissionSummary.TOTAL, areas, topics));
        return new Computed(keys, measures);
    }

    private Families load(SummaryScope scope) {
        return new Families(Family.of(queries.sessions(scope)), Family.of(queries.attendance(scope)),
                Family.of(queries.followedUpTrainees(scope)), Family.of(queries.observations(scope)),
                Family.of(queries.followUpsOpened(scope)), Family.of(queries.followUpsClosed(scope)),
                Family.of(queries.followUpsOverdue(scope)), queries.mowipAreas(scope),
                queries.competencyChanges(scope));
    }

    /** Every period of the query for a time breakdown (so empty months show as zero), else the keys found. */
    private static List<String> keys(SummaryQuery query, Families cells) {
        if (!query.groupBy().isTime()) {
            return cells.keys().distinct().sorted().toList();
        }
        Set<String> periods = new java.util.LinkedHashSet<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to()));
             month = month.plusMonths(1)) {
            periods.add(switch (query.groupBy()) {
                case MONTH -> month.toString();
                case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
                default -> String.valueOf(month.getYear());
            });
        }
        return List.copyOf(periods);
    }

    private static List<Measure> measures(Families f, String key, List<String> areas, Set<String> topics) {
        Row session = f.sessions().in(key);
        Row attendance = f.attendance().in(key);
        long sessions = session.number("sessions");
        long minutes = session.number("minutes");
        long women = attendance.number("women") + session.number("unregistered_women");
        long men = attendance.number("men") + session.number("unregistered_men");
        long notRecorded = attendance.number("not_recorded") + session.number("unregistered_unknown");
        long uniqueWomen = attendance.number("unique_women");
        long uniqueMen = attendance.number("unique_men");
        long uniqueNotRecorded = attendance.number("unique_not_recorded");
        long womenMinutes = attendance.number("women_minutes") + session.number("unregistered_women_minutes");
        long knownMinutes = womenMinutes + attendance.number("men_minutes") + session.number("unregistered_men_minutes");

        List<Measure> measures = new ArrayList<>(List.of(
                Measure.count(SESSIONS, null, key, sessions),
                new Measure(HOURS, null, key, minutes, null, minutes / 60.0, null),
                Measure.count(PERSON_SESSIONS_WOMEN, null, key, women),
                Measure.count(PERSON_SESSIONS_MEN, null, key, men),
                Measure.count(PERSON_SESSIONS_NOT_RECORDED, null, key, notRecorded),
                Measure.count(PERSON_SESSIONS_TOTAL, null, key, women + men + notRecorded),
                Measure.count(UNIQUE_TRAINEES_WOMEN, null, key, uniqueWomen),
                Measure.count(UNIQUE_TRAINEES_MEN, null, key, uniqueMen),
                Measure.count(UNIQUE_TRAINEES_NOT_RECORDED, null, key, uniqueNotRecorded),
                Measure.count(UNIQUE_TRAINEES_TOTAL, null, key, uniqueWomen + uniqueMen + uniqueNotRecorded),
                Measure.ratio(WOMEN_SHARE_PERSON_SESSIONS, null, key, women, women + men, 1),
                Measure.ratio(WOMEN_SHARE_UNIQUE_TRAINEES, null, key, uniqueWomen, uniqueWomen + uniqueMen, 1),
                new Measure(WOMEN_SHARE_HOURS, null, key, womenMinutes, knownMinutes,
                        knownMinutes == 0 ? null : (double) womenMinutes / knownMinutes, women + men),
                parity(attendance, key),
                Measure.ratio(SESSIONS_WITH_PURPOSE_SHARE, null, key, session.number("with_purpose"), sessions, 1),
                Measure.ratio(SESSIONS_WITH_GENDER_CONTENT_SHARE, null, key, session.number("with_gender_content"),
                        sessions, 1),
                Measure.ratio(TRANSFORMATIVE_OBSERVATIONS_SHARE, null, key,
                        f.observations().in(key).number("transformative"), f.observations().in(key).number("observations"), 1)));
        for (String area : areas) {
            measures.add(Measure.ratio(MOWIP_BARRIERS_PER_100_SESSIONS, area, key, mowip(f, key, area, "BARRIER"), sessions, 100));
            measures.add(Measure.ratio(MOWIP_OPPORTUNITIES_PER_100_SESSIONS, area, key,
                    mowip(f, key, area, "OPPORTUNITY"), sessions, 100));
        }
        measures.addAll(followUps(f, key));
        for (String topic : topics) {
            measures.addAll(competency(f, key, topic));
        }
        return measures;
    }

    /** Women's share of authority roles ÷ women's share of registered attendance (known sex only). */
    private static Measure parity(Row attendance, String key) {
        long womenAuthority = attendance.number("women_authority");
        long authority = womenAuthority + attendance.number("men_authority");
        long women = attendance.number("women");
        long known = women + attendance.number("men");
        Double value = authority == 0 || women == 0 ? null
                : ((double) womenAuthority / authority) / ((double) women / known);
        return new Measure(LEAD_ROLE_PARITY_INDEX, null, key, womenAuthority, authority, value, null);
    }

    private static long mowip(Families f, String key, String area, String polarity) {
        return f.mowip().stream()
                .filter(r -> key.equals(r.text("k")) && area.equals(r.text("area")) && polarity.equals(r.text("polarity")))
                .mapToLong(r -> r.number("observations")).sum();
    }

    private static List<Measure> followUps(Families f, String key) {
        Row closed = f.closed().in(key);
        Row overdue = f.overdue().in(key);
        Row followed = f.followed().in(key);
        return List.of(
                Measure.count(FOLLOW_UPS_OPENED, null, key, f.opened().in(key).number("opened")),
                Measure.count(FOLLOW_UPS_CLOSED, null, key, closed.number("closed")),
                Measure.count(FOLLOW_UPS_CANCELLED, null, key, closed.number("cancelled")),
                Measure.ratio(FOLLOW_UPS_CLOSED_ON_TIME_SHARE, null, key, closed.number("on_time"), closed.number("closed"), 1),
                Measure.count(FOLLOW_UPS_OVERDUE, null, key, overdue.number("overdue")),
                new Measure(FOLLOW_UPS_MEDIAN_DAYS_OVERDUE, null, key, null, overdue.number("overdue"),
                        overdue.decimal("median_days"), null),
                Measure.ratio(TRAINEES_FOLLOWED_UP_WITHIN_90_DAYS_SHARE, null, key, followed.number("followed_up"),
                        followed.number("attended"), 1));
    }

    private static List<Measure> competency(Families f, String key, String topic) {
        List<Row> rows = f.competency().stream()
                .filter(r -> key.equals(r.text("k")) && topic.equals(r.text("topic"))).toList();
        Measure women = change(COMPETENCY_CHANGE_WOMEN, rows, "WOMAN", key, topic);
        Measure men = change(COMPETENCY_CHANGE_MEN, rows, "MAN", key, topic);
        Measure notRecorded = change(COMPETENCY_CHANGE_NOT_RECORDED, rows, "NOT_RECORDED", key, topic);
        long trainees = women.denominator() + men.denominator() + notRecorded.denominator();
        long change = women.numerator() + men.numerator() + notRecorded.numerator();
        return List.of(women, men, notRecorded, mean(COMPETENCY_CHANGE_ALL, key, topic, change, trainees));
    }

    private static Measure change(Indicator indicator, List<Row> rows, String sex, String key, String topic) {
        Row row = rows.stream().filter(r -> sex.equals(r.text("sex"))).findFirst().orElse(new Row(Map.of()));
        return mean(indicator, key, topic, row.number("change"), row.number("trainees"));
    }

    private static Measure mean(Indicator indicator, String key, String topic, long change, long trainees) {
        return new Measure(indicator, topic, key, change, trainees, trainees == 0 ? null : (double) change / trainees, null);
    }
}
