package org.mentorlog.session.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.user.TeamMember;
import org.mentorlog.user.UserService;

/**
 * Everything the session form offers to pick from, loaded once per form in the user's language. The
 * reference lists hold retired entries too: a picker offers the active ones plus any retired one its
 * record already holds (see {@link #offered}), so opening an older draft never drops a value.
 */
record SessionChoices(List<SiteInfo> sites, List<ReferenceOption> topics, List<ReferenceOption> roles,
                      List<ReferenceOption> areas, List<ReferenceOption> tags, List<TeamMember> colleagues) {

    static final String HARASSMENT = "HARASSMENT";

    static SessionChoices load(MissionService missions, ReferenceService reference, UserService users,
                               Locale locale) {
        List<ReferenceOption> tags = reference.observationTagsWithRetired(locale);
        return new SessionChoices(missions.mySites(), reference.optionsWithRetired(ReferenceKind.TOPIC, locale),
                reference.optionsWithRetired(ReferenceKind.SESSION_ROLE, locale),
                reference.optionsWithRetired(ReferenceKind.MOWIP_AREA, locale), tags, users.myTeamMembers());
    }

    /** The active entries of a list, plus the retired ones among {@code held}, in the list's order. */
    static List<ReferenceOption> offered(List<ReferenceOption> options, Collection<Long> held) {
        return options.stream().filter(option -> option.active() || held.contains(option.id())).toList();
    }

    Map<Long, ReferenceOption> topicsById() {
        return topics.stream().collect(Collectors.toMap(ReferenceOption::id, Function.identity()));
    }

    <T> T byId(List<T> options, Function<T, Long> id, Long wanted) {
        return wanted == null ? null : options.stream().filter(o -> wanted.equals(id.apply(o))).findFirst().orElse(null);
    }
}
