package org.mentorlog.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Tests add entries with fresh codes at the end of a list, so the seeded lists other tests use stay as they are. */
@IntegrationTest
class ReferenceAdministrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ReferenceAdministration administration;

    @Autowired
    ReferenceService references;

    @Autowired
    TestData data;

    @BeforeEach
    void signInAsAdministrator() {
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void an_added_entry_is_offered_at_the_end_of_its_list_in_each_language() {
        String code = freshCode();

        ReferenceEntry added = administration.add(new NewReferenceEntry(ReferenceKind.BARRIER, " " + code.toLowerCase()
                + " ", " No night transport ", "Pas de transport de nuit", "Ingen nattransport", true, true));

        assertThat(added.code()).isEqualTo(code);
        assertThat(added.labelEn()).isEqualTo("No night transport");
        assertThat(added.positionOfAuthority()).as("flags are for session roles only").isFalse();
        assertThat(references.options(ReferenceKind.BARRIER, Locale.FRENCH).getLast())
                .extracting(ReferenceOption::code, ReferenceOption::label)
                .containsExactly(code, "Pas de transport de nuit");
        assertThat(references.options(ReferenceKind.BARRIER, Locale.of("nb")).getLast().label())
                .isEqualTo("Ingen nattransport");
    }

    @Test
    void a_session_role_keeps_its_two_flags() {
        ReferenceEntry role = add(ReferenceKind.SESSION_ROLE, freshCode(), true, true);

        ReferenceOption offered = references.options(ReferenceKind.SESSION_ROLE, Locale.ENGLISH).getLast();
        assertThat(offered.id()).isEqualTo(role.id());
        assertThat(offered.positionOfAuthority()).isTrue();
        assertThat(offered.nonTraditional()).isTrue();
    }

    @Test
    void an_edit_changes_labels_and_flags_but_never_the_code() {
        ReferenceEntry role = add(ReferenceKind.SESSION_ROLE, freshCode(), false, false);

        ReferenceEntry edited = administration.update(role.id(), new ReferenceEntryChanges(role.version(),
                "Drone operator", "Opératrice de drone", "Droneoperatør", true, false));

        assertThat(edited.code()).isEqualTo(role.code());
        assertThat(edited.label(Locale.FRENCH)).isEqualTo("Opératrice de drone");
        assertThat(edited.positionOfAuthority()).isTrue();
        assertThat(edited.version()).isGreaterThan(role.version());
    }

    @Test
    void a_deactivated_entry_leaves_the_pickers_but_keeps_its_label_for_summaries_and_can_come_back() {
        ReferenceEntry enabler = add(ReferenceKind.ENABLER, freshCode(), false, false);

        ReferenceEntry inactive = administration.setActive(enabler.id(), enabler.version(), false);

        assertThat(references.options(ReferenceKind.ENABLER, Locale.ENGLISH)).extracting(ReferenceOption::id)
                .doesNotContain(enabler.id());
        assertThat(references.labels(Locale.ENGLISH, ReferenceKind.ENABLER)).containsEntry(enabler.code(),
                enabler.labelEn());
        assertThat(administration.entries(ReferenceKind.ENABLER)).filteredOn(e -> e.id().equals(enabler.id()))
                .singleElement().extracting(ReferenceEntry::active).isEqualTo(false);

        administration.setActive(enabler.id(), inactive.version(), true);

        assertThat(references.options(ReferenceKind.ENABLER, Locale.ENGLISH)).extracting(ReferenceOption::id)
                .contains(enabler.id());
    }

    @Test
    void moving_an_entry_up_swaps_it_with_the_one_before_and_the_ends_stay_put() {
        ReferenceEntry first = add(ReferenceKind.TOPIC, freshCode(), false, false);
        ReferenceEntry second = add(ReferenceKind.TOPIC, freshCode(), false, false);

        administration.move(second.id(), second.version(), -1);

        assertThat(lastCodes(ReferenceKind.TOPIC, 2)).containsExactly(second.code(), first.code());

        ReferenceEntry last = administration.entries(ReferenceKind.TOPIC).getLast();
        administration.move(last.id(), last.version(), +1);

        assertThat(lastCodes(ReferenceKind.TOPIC, 2)).containsExactly(second.code(), first.code());
    }

    @Test
    void several_lists_read_at_once_are_each_in_their_order_with_retired_entries_and_tags_list_barriers_first() {
        ReferenceEntry first = add(ReferenceKind.TOPIC, freshCode(), false, false);
        ReferenceEntry second = add(ReferenceKind.TOPIC, freshCode(), false, false);
        administration.move(second.id(), second.version(), -1);
        ReferenceEntry retired = add(ReferenceKind.BARRIER, freshCode(), false, false);
        administration.setActive(retired.id(), retired.version(), false);

        Map<ReferenceKind, List<ReferenceOption>> lists = references.listsWithRetired(Locale.FRENCH, ReferenceKind.TOPIC,
                ReferenceKind.BARRIER, ReferenceKind.ENABLER);

        assertThat(lists).containsOnlyKeys(ReferenceKind.TOPIC, ReferenceKind.BARRIER, ReferenceKind.ENABLER);
        lists.forEach((kind, options) -> assertThat(options).as("%s", kind)
                .isEqualTo(references.optionsWithRetired(kind, Locale.FRENCH)));
        assertThat(lists.get(ReferenceKind.TOPIC).subList(lists.get(ReferenceKind.TOPIC).size() - 2,
                lists.get(ReferenceKind.TOPIC).size())).extracting(ReferenceOption::code)
                .containsExactly(second.code(), first.code());
        assertThat(lists.get(ReferenceKind.BARRIER).getLast().id()).isEqualTo(retired.id());
        ReferenceService.LogLists logLists = references.logLists(Locale.FRENCH);
        assertThat(logLists.topics()).isEqualTo(lists.get(ReferenceKind.TOPIC));
        assertThat(logLists.roles()).isEqualTo(references.optionsWithRetired(ReferenceKind.SESSION_ROLE, Locale.FRENCH));
        assertThat(logLists.areas()).isEqualTo(references.optionsWithRetired(ReferenceKind.MOWIP_AREA, Locale.FRENCH));
        assertThat(logLists.observationTags()).isEqualTo(Stream.concat(lists.get(ReferenceKind.BARRIER).stream(),
                lists.get(ReferenceKind.ENABLER).stream()).toList());
        assertThat(logLists.observationTags()).extracting(ReferenceOption::kind)
                .startsWith(ReferenceKind.BARRIER).endsWith(ReferenceKind.ENABLER);
    }

    @Test
    void a_duplicate_code_in_the_same_list_is_refused_whatever_its_case_and_nothing_is_stored() {
        String code = freshCode();
        add(ReferenceKind.BARRIER, code, false, false);
        long before = data.count("reference_item");

        assertThatThrownBy(() -> add(ReferenceKind.BARRIER, code.toLowerCase(), false, false))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.duplicate-code");
        assertThat(data.count("reference_item")).isEqualTo(before);

        add(ReferenceKind.ENABLER, code, false, false);
        assertThat(data.count("reference_item")).as("another list may use the same code").isEqualTo(before + 1);
    }

    @Test
    void empty_too_long_and_malformed_fields_are_refused_and_nothing_is_stored() {
        long before = data.count("reference_item");

        assertThatThrownBy(() -> administration.add(new NewReferenceEntry(ReferenceKind.BARRIER, freshCode(),
                "Long walk", " \t", "Lang gåtur", false, false)))
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.label-fr-required");
        assertThatThrownBy(() -> administration.add(new NewReferenceEntry(ReferenceKind.BARRIER, freshCode(),
                "x".repeat(ReferenceLimits.LABEL_MAX + 1), "Longue marche", "Lang gåtur", false, false)))
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.label-en-too-long");
        assertThatThrownBy(() -> add(ReferenceKind.BARRIER, " ", false, false))
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.code-required");
        assertThatThrownBy(() -> add(ReferenceKind.BARRIER, "B".repeat(ReferenceLimits.CODE_MAX + 1), false, false))
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.code-too-long");
        assertThatThrownBy(() -> add(ReferenceKind.BARRIER, "NO SPACES", false, false))
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.code-format");
        assertThatThrownBy(() -> add(null, freshCode(), false, false))
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.kind-required");
        assertThat(data.count("reference_item")).isEqualTo(before);
    }

    @Test
    void an_empty_label_in_an_edit_is_refused_and_the_entry_keeps_its_labels() {
        ReferenceEntry barrier = add(ReferenceKind.BARRIER, freshCode(), false, false);

        assertThatThrownBy(() -> administration.update(barrier.id(), new ReferenceEntryChanges(barrier.version(),
                "", "Nouveau", "Ny", false, false)))
                .hasFieldOrPropertyWithValue("messageKey", "reference.error.label-en-required");
        assertThat(entry(barrier)).isEqualTo(barrier);
    }

    @Test
    void line_breaks_in_a_label_become_spaces() {
        ReferenceEntry barrier = administration.add(new NewReferenceEntry(ReferenceKind.BARRIER, freshCode(),
                "Two\nlines", "Deux\r\nlignes", "To\tlinjer", false, false));

        assertThat(List.of(barrier.labelEn(), barrier.labelFr(), barrier.labelNb()))
                .containsExactly("Two lines", "Deux lignes", "To linjer");
    }

    @Test
    void an_edit_made_against_a_stale_version_is_refused() {
        ReferenceEntry barrier = add(ReferenceKind.BARRIER, freshCode(), false, false);
        administration.update(barrier.id(), new ReferenceEntryChanges(barrier.version(), "First", "Premier",
                "Første", false, false));

        assertThatThrownBy(() -> administration.update(barrier.id(), new ReferenceEntryChanges(barrier.version(),
                "Second", "Second", "Andre", false, false)))
                .hasFieldOrPropertyWithValue("messageKey", "error.concurrent-change");
        assertThatThrownBy(() -> administration.setActive(barrier.id(), barrier.version(), false))
                .hasFieldOrPropertyWithValue("messageKey", "error.concurrent-change");
        assertThat(entry(barrier).labelEn()).isEqualTo("First");
        assertThat(entry(barrier).active()).isTrue();
    }

    @Test
    void every_change_is_audited_with_before_and_after() {
        ReferenceEntry barrier = add(ReferenceKind.BARRIER, freshCode(), false, false);
        ReferenceEntry edited = administration.update(barrier.id(), new ReferenceEntryChanges(barrier.version(),
                "Renamed", "Renommé", "Omdøpt", false, false));
        administration.setActive(barrier.id(), edited.version(), false);

        assertThat(data.auditSummaries("reference_item")).filteredOn(s -> s.contains("code=" + barrier.code()))
                .hasSize(3)
                .anySatisfy(s -> assertThat(s).contains("en=English " + barrier.code() + ",").contains("-> ")
                        .contains("en=Renamed,"))
                .anySatisfy(s -> assertThat(s).contains("active=true -> ").endsWith("active=false"));
    }

    @Test
    void only_administrators_manage_reference_lists() {
        data.signIn(data.user(Role.TEAM_LEADER, data.team()));

        assertThatThrownBy(() -> add(ReferenceKind.BARRIER, freshCode(), false, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.entries(ReferenceKind.BARRIER))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ReferenceEntry add(ReferenceKind kind, String code, boolean authority, boolean nonTraditional) {
        return administration.add(new NewReferenceEntry(kind, code, "English " + code, "Français " + code,
                "Norsk " + code, authority, nonTraditional));
    }

    private ReferenceEntry entry(ReferenceEntry entry) {
        return administration.entries(entry.kind()).stream().filter(e -> e.id().equals(entry.id())).findFirst()
                .orElseThrow();
    }

    private List<String> lastCodes(ReferenceKind kind, int count) {
        List<ReferenceEntry> entries = administration.entries(kind);
        return entries.subList(entries.size() - count, entries.size()).stream().map(ReferenceEntry::code).toList();
    }

    private static String freshCode() {
        return "T-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }
}
