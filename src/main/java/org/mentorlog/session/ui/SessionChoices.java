package org.mentorlog.session.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.user.TeamMember;
import org.mentorlog.user.UserService;

/**
 * The team's sites, colleagues and reference lists a log refers to, in the reader's language, retired
 * entries included: an older log still names what it held.
 */
record SessionChoices(List<SiteInfo> sites, List<ReferenceOption> topics, List<ReferenceOption> roles,
                      List<ReferenceOption> areas, List<ReferenceOption> tags, List<TeamMember> colleagues) {

    static SessionChoices load(MissionService missions, ReferenceService reference, UserService users,
                               Locale locale) {
        ReferenceService.LogLists lists = reference.logLists(locale);
        return new SessionChoices(missions.mySites(), lists.topics(), lists.roles(), lists.areas(),
                lists.observationTags(), users.myTeamMembers());
    }

    Map<Long, ReferenceOption> topicsById() {
        return topics.stream().collect(Collectors.toMap(ReferenceOption::id, Function.identity()));
    }

    <T> T byId(List<T> options, Function<T, Long> id, Long wanted) {
        return wanted == null ? null : options.stream().filter(o -> wanted.equals(id.apply(o))).findFirst().orElse(null);
    }
}
