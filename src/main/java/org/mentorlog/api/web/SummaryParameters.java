package org.mentorlog.api.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlausibleDates;
import org.mentorlog.mission.MissionStructure;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.SummaryQuery;
import org.mentorlog.trainee.Agency;

/**
 * Turns the summary endpoint's query parameters into a {@link SummaryQuery} of the token's mission:
 * teams by code, sites by id, agencies and breakdown by name (any case), the period defaulting to the
 * last twelve months as the dashboard names them (this month so far and the eleven before it).
 */
final class SummaryParameters {

    static final List<String> NAMES = List.of("from", "to", "team", "site", "agency", "groupBy");
    /** Parameters that take one value; the others may be repeated. */
    static final List<String> SINGLE = List.of("from", "to", "groupBy");

    private SummaryParameters() {
    }

    /** Refuses parameters the endpoint does not know, so that a typo never silently widens a summary. */
    static void requireKnown(Collection<String> given) {
        for (String name : given) {
            if (!NAMES.contains(name)) {
                throw new InvalidParameterException("Unknown parameter '" + name + "'. This endpoint takes "
                        + String.join(", ", NAMES) + ".");
            }
        }
    }

    /**
     * Reads the query string as sent, before Tomcat and Spring pick from it: Tomcat drops a value that
     * holds NUL or another control character, and Spring takes the first of repeated values, so either
     * would silently answer another question than the one asked.
     */
    static void requirePlain(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (hasControl(name) || hasControl(value)) {
                throw new InvalidParameterException("Parameter '" + printable(name) + "' holds control characters"
                        + " (such as NUL); names and values must be plain text.");
            }
            if (SINGLE.contains(name) && seen.merge(name, 1, Integer::sum) > 1) {
                throw new InvalidParameterException("Parameter '" + name + "' is given more than once; give it once.");
            }
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidParameterException("The query string cannot be read: names and values must be"
                    + " percent-encoded UTF-8 (a '%' itself is written %25).");
        }
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static String printable(String name) {
        return name.codePoints().filter(c -> !Character.isISOControl(c)).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * The period asked for: to defaults to today, from to the first of the month eleven months before to's,
     * the dashboard's "last twelve months", which starts on the first of a month: a year before to, plus a day,
     * would read its rows one by one (issue 10).
     */
    static SummaryQuery query(LocalDate from, LocalDate to, LocalDate today, Set<Long> teams, Set<Long> sites,
                              Set<Agency> agencies, Breakdown groupBy) {
        PlausibleDates.require(from);
        PlausibleDates.require(to);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? SummaryQuery.twelveMonthsBefore(end) : from;
        return new SummaryQuery(start, end, teams, sites, agencies, groupBy, null);
    }

    /** The teams named by code (any case), or every team of the mission when none is named. */
    static Set<Long> teams(List<String> codes, MissionStructure mission) {
        Map<String, TeamInfo> byCode = mission.teams().stream()
                .collect(Collectors.toMap(t -> t.code().toUpperCase(Locale.ROOT), Function.identity()));
        List<String> named = values(codes);
        if (named.isEmpty()) {
            return mission.teams().stream().map(TeamInfo::id).collect(Collectors.toSet());
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : named) {
            TeamInfo team = byCode.get(code.toUpperCase(Locale.ROOT));
            if (team == null) {
                throw new DomainException("summary.error.unknown-team", code);
            }
            ids.add(team.id());
        }
        return ids;
    }

    /** The sites named by id; a site of another mission is as unknown as one that does not exist. */
    static Set<Long> sites(List<String> ids, MissionStructure mission) {
        Set<Long> known = mission.sites().stream().map(SiteInfo::id).collect(Collectors.toSet());
        Set<Long> sites = new LinkedHashSet<>();
        for (String text : values(ids)) {
            long id;
            try {
                id = Long.parseLong(text);
            } catch (NumberFormatException notANumber) {
                throw new InvalidParameterException("Parameter 'site' takes site ids, whole numbers such as 12;"
                        + " '" + text + "' is not one.");
            }
            if (!known.contains(id)) {
                throw new DomainException("summary.error.unknown-site", text);
            }
            sites.add(id);
        }
        return sites;
    }

    static Set<Agency> agencies(List<String> names) {
        Set<Agency> agencies = new LinkedHashSet<>();
        for (String name : values(names)) {
            agencies.add(constant(Agency.class, "agency", name));
        }
        return agencies;
    }

    static Breakdown groupBy(String name) {
        return name == null || name.isBlank() ? Breakdown.NONE : constant(Breakdown.class, "groupBy", name.strip());
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String parameter, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(name)) {
                return value;
            }
        }
        throw new InvalidParameterException("Unknown " + parameter + " '" + name + "'. Use one of: "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ".");
    }

    /** Repeated and comma-separated values alike, without blanks. */
    private static List<String> values(List<String> raw) {
        List<String> values = new ArrayList<>();
        if (raw != null) {
            raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }
}
