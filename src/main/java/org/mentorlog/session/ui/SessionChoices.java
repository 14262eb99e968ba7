package org.mentorlog.session.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.user.TeamMember;
import org.mentorlog.user.UserService;

/** Everything the session form offers to pick from, loaded once per form in the user's language. */
record SessionChoices(List<SiteInfo> sites, List<ReferenceOption> topics, List<ReferenceOption> roles,
                      List<ReferenceOption> areas, List<ReferenceOption> tags, List<TeamMember> colleagues) {

    static final String HARASSMENT = "HARASSMENT";

    static SessionChoices load(MissionService missions, ReferenceService reference, UserService users,
                               Locale locale) {
        List<ReferenceOption> tags = Stream.concat(reference.options(ReferenceKind.BARRIER, locale).stream(),
                reference.options(ReferenceKind.ENABLER, locale).stream()).toList();
        return new SessionChoices(missions.mySites(), reference.options(ReferenceKind.TOPIC, locale),
                reference.options(ReferenceKind.SESSION_ROLE, locale),
                reference.options(ReferenceKind.MOWIP_AREA, locale), tags, users.myTeamMembers());
    }

    Map<Long, ReferenceOption> topicsById() {
        return topics.stream().collect(Collectors.toMap(ReferenceOption::id, Function.identity()));
    }

    <T> T byId(List<T> options, Function<T, Long> id, Long wanted) {
        return wanted == null ? null : options.stream().filter(o -> wanted.equals(id.apply(o))).findFirst().orElse(null);
    }
}
