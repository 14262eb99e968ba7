package org.mentorlog.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference lists (topics, MOWIP areas, barriers, enablers, session roles), translated. */
@Service
@Transactional(readOnly = true)
public class ReferenceService {

    private final ReferenceItemRepository items;

    ReferenceService(ReferenceItemRepository items) {
        this.items = items;
    }

    /** The active entries of one list, in their curated order, labelled in the given language. */
    @PreAuthorize("isAuthenticated()")
    public List<ReferenceOption> options(ReferenceKind kind, Locale locale) {
        return items.findByKindAndActiveTrueOrderBySortOrder(kind).stream().map(item -> option(item, locale)).toList();
    }

    /**
     * Every entry of one list, retired ones too, in order: forms offer the active ones plus those a
     * record already holds, and checks accept what a record held before an entry was retired.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ReferenceOption> optionsWithRetired(ReferenceKind kind, Locale locale) {
        return items.findByKindOrderBySortOrderAscIdAsc(kind).stream().map(item -> option(item, locale)).toList();
    }

    /**
     * Every entry of several lists, retired ones too, each list in order as {@link #optionsWithRetired} gives
     * it, read with one query.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<ReferenceKind, List<ReferenceOption>> listsWithRetired(Locale locale, ReferenceKind... kinds) {
        Map<ReferenceKind, List<ReferenceOption>> lists = new EnumMap<>(ReferenceKind.class);
        for (ReferenceKind kind : kinds) {
            lists.put(kind, new ArrayList<>());
        }
        items.findByKindInOrderBySortOrderAscIdAsc(List.of(kinds))
                .forEach(item -> lists.get(item.getKind()).add(option(item, locale)));
        lists.replaceAll((kind, options) -> List.copyOf(options));
        return lists;
    }

    /**
     * The lists a session log names entries of, retired entries too (an older log still names what it held),
     * each in order; the observation tags are the barriers, then the enablers. Read with one query.
     */
    @PreAuthorize("isAuthenticated()")
    public LogLists logLists(Locale locale) {
        Map<ReferenceKind, List<ReferenceOption>> lists = listsWithRetired(locale, ReferenceKind.TOPIC,
                ReferenceKind.SESSION_ROLE, ReferenceKind.MOWIP_AREA, ReferenceKind.BARRIER, ReferenceKind.ENABLER);
        return new LogLists(lists.get(ReferenceKind.TOPIC), lists.get(ReferenceKind.SESSION_ROLE),
                lists.get(ReferenceKind.MOWIP_AREA), Stream.concat(lists.get(ReferenceKind.BARRIER).stream(),
                lists.get(ReferenceKind.ENABLER).stream()).toList());
    }

    /** See {@link #logLists}. */
    public record LogLists(List<ReferenceOption> topics, List<ReferenceOption> roles, List<ReferenceOption> areas,
                           List<ReferenceOption> observationTags) {
    }

    private static ReferenceOption option(ReferenceItem item, Locale locale) {
        return new ReferenceOption(item.getId(), item.getKind(), item.getCode(), item.label(locale),
                item.isPositionOfAuthority(), item.isNonTraditional(), item.isActive());
    }

    /**
     * The labels of the entries of some lists in the given language, by code. Inactive entries are
     * included: summaries and exports of earlier periods still name what was recorded then.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> labels(Locale locale, ReferenceKind... kinds) {
        Map<String, String> labels = new HashMap<>();
        for (ReferenceKind kind : kinds) {
            items.findByKindOrderBySortOrderAscIdAsc(kind)
                    .forEach(item -> labels.putIfAbsent(item.getCode(), item.label(locale)));
        }
        return labels;
    }
}
