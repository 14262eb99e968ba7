package org.mentorlog.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.api.ApiTokenService;
import org.mentorlog.audit.AuditFilter;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.followup.FollowUpService;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.MissionSettings;
import org.mentorlog.mission.NewMission;
import org.mentorlog.mission.NewTeam;
import org.mentorlog.observation.Approach;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.progress.ProgressService;
import org.mentorlog.reference.NewReferenceEntry;
import org.mentorlog.reference.ReferenceAdministration;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.security.Role;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.ReviewService;
import org.mentorlog.session.SessionFilter;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionLogBuilder;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChanges;
import org.mentorlog.session.TabletLog;
import org.mentorlog.summary.SummaryQuery;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.NewUser;
import org.mentorlog.user.UserChanges;
import org.mentorlog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every value of the hostile corpus through every service input that takes user text, numbers or
 * dates: each ends as a domain refusal (nothing stored) or as clean plain text, never as any other
 * failure. One Spring context, one pass over the corpus per input.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final List<String> CORPUS = HostileCorpus.values();
    static final int ACCEPTED_PASSWORDS_HASHED = 20;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TraineeService trainees;
    @Autowired
    UserService users;
    @Autowired
    MissionService missions;
    @Autowired
    SessionService sessions;
    @Autowired
    ReviewService reviews;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ReferenceAdministration references;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ProgressService progress;
    @Autowired
    AuditService audit;

    private TeamRef team;
    private UserRef mentor;
    private UserRef leader;
    private UserRef admin;
    private UserRef hq;
    private long trainee;

    @BeforeAll
    void aTeamWithPeople() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        leader = data.user(Role.TEAM_LEADER, team);
        admin = data.user(Role.ADMIN, null);
        hq = data.user(Role.HQ_ANALYST, null);
        trainee = data.trainee(team, "Awa Traoré", "WOMAN");
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    /** A service input: who may use it, what it writes to, and how a value goes in. */
    record Input(String name, UserRefKind who, List<String> tables, Runnable before, boolean fixtureEachTime,
                 Consumer<String> put) {
        @Override
        public String toString() {
            return name;
        }
    }

    enum UserRefKind { MENTOR, LEADER, ADMIN }

    Stream<Input> textInputs() {
        // Queries first, while the tables are small: what is checked is the answer to hostile text, not speed.
        return Stream.of(
                input("trainee search", UserRefKind.MENTOR, List.of(), v -> {
                    trainees.search(v, true, PageRequest.of(0, 10));
                    trainees.count(v, false);
                }),
                input("audit filter", UserRefKind.ADMIN, List.of(), v -> {
                    AuditFilter filter = new AuditFilter(v, v, v, null, null, null);
                    audit.search(filter, PageRequest.of(0, 5));
                    audit.count(filter);
                }),
                input("trainee name", UserRefKind.MENTOR, List.of("trainee"),
                        v -> trainees.register(new TraineeDetails(v, Sex.WOMAN, Agency.POLICE, RankBand.NCO, null))),
                input("trainee unit type", UserRefKind.MENTOR, List.of("trainee"),
                        v -> trainees.register(new TraineeDetails(null, Sex.MAN, Agency.GENDARMERIE, RankBand.JUNIOR, v))),
                input("username", UserRefKind.ADMIN, List.of("app_user"),
                        v -> users.create(new NewUser(v, "Hostile", Role.ADMIN, null, Set.of(), false, "hostile-input-pass-1"))),
                input("display name", UserRefKind.ADMIN, List.of("app_user"), v -> users.update(hq.id(),
                        new UserChanges(version("app_user", hq.id()), v, Role.HQ_ANALYST, null, Set.of(), true, false))),
                input("password", UserRefKind.ADMIN, List.of("app_user"), this::resetPassword),
                input("mission code", UserRefKind.ADMIN, List.of("mission"),
                        v -> missions.createMission(mission(v, "Mission", "Mali"))),
                input("mission name", UserRefKind.ADMIN, List.of("mission"),
                        v -> missions.createMission(mission("M" + next(), v, "Mali"))),
                input("mission country", UserRefKind.ADMIN, List.of("mission"),
                        v -> missions.createMission(mission("C" + next(), "Mission", v))),
                input("team code", UserRefKind.ADMIN, List.of("team"),
                        v -> missions.createTeam(new NewTeam(data.missionId(), v, "Team", prefix()))),
                input("team name", UserRefKind.ADMIN, List.of("team"),
                        v -> missions.createTeam(new NewTeam(data.missionId(), "T-" + next(), v, prefix()))),
                input("trainee code prefix", UserRefKind.ADMIN, List.of("team"),
                        v -> missions.createTeam(new NewTeam(data.missionId(), "P-" + next(), "Team", v))),
                input("team rename", UserRefKind.ADMIN, List.of("team"), v -> missions.renameTeam(team.id(), v)),
                input("site name", UserRefKind.ADMIN, List.of("site"), v -> missions.addSite(team.id(), v)),
                input("session purpose", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> SessionLogBuilder.from(log).purpose(v).build())),
                input("gender content note", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> with(log, v, null, null, null))),
                input("session language", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> with(log, null, v, null, null))),
                input("attendee evidence note", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> with(log, null, null, v, null))),
                input("observation note", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> cards(log, List.of(new ObservationInput(Approach.TRANSFORMATIVE,
                                null, null, null, Set.of(), v, null)), List.of()))),
                input("follow-up description", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> cards(log, List.of(), List.of(new FollowUpInput(null, trainee, v,
                                mentor.id(), LocalDate.now().plusDays(7)))))),
                consuming("return comment", UserRefKind.LEADER, List.of("training_session", "session_review"),
                        () -> fixture = submittedSession(), v -> reviews.returnToMentor(fixture, 0, v)),
                consuming("follow-up outcome", UserRefKind.MENTOR, List.of("follow_up_action"),
                        () -> fixture = openAction(), v -> followUps.markDone(fixture, 0, v)),
                consuming("follow-up cancel reason", UserRefKind.MENTOR, List.of("follow_up_action"),
                        () -> fixture = openAction(), v -> followUps.cancel(fixture, 0, v)),
                input("reference code", UserRefKind.ADMIN, List.of("reference_item"),
                        v -> references.add(new NewReferenceEntry(ReferenceKind.BARRIER, v, "en", "fr", "nb", false,
                                false))),
                input("reference labels", UserRefKind.ADMIN, List.of("reference_item"),
                        v -> references.add(new NewReferenceEntry(kind(), "H" + next(), v, v, v, false, false))),
                input("API token name", UserRefKind.ADMIN, List.of("api_token"),
                        v -> tokens.create(data.missionId(), v)),
                input("mentee note", UserRefKind.LEADER, List.of("trainee_note"), v -> progress.addNote(trainee, v)));
    }

    /** Numbers as a number field would pass them: every corpus value that parses as one, and the int extremes. */
    Stream<Input> numberInputs() {
        return Stream.of(
                input("disclosure threshold", UserRefKind.ADMIN, List.of("mission"), this::ensureMission,
                        v -> configure(v, null)),
                input("parity targets", UserRefKind.ADMIN, List.of("mission"), this::ensureMission,
                        v -> configure("5", v)),
                input("duration in minutes", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> header(log, Integer.parseInt(v), 0))),
                input("unregistered head-counts", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> header(log, 60, Integer.parseInt(v)))));
    }

    /** Dates as a date picker would pass them: every corpus value that parses as one, and the extremes. */
    Stream<Input> dateInputs() {
        return Stream.of(
                input("mission start", UserRefKind.ADMIN, List.of("mission"), v -> missions.createMission(
                        new NewMission("D" + next(), "Mission", "Mali", LocalDate.parse(v), null, settings()))),
                input("mission end", UserRefKind.ADMIN, List.of("mission"), v -> missions.createMission(
                        new NewMission("E" + next(), "Mission", "Mali", LocalDate.of(1900, 1, 1), LocalDate.parse(v),
                                settings()))),
                input("session date", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> SessionLogBuilder.from(log).date(LocalDate.parse(v)).build())),
                input("follow-up due date", UserRefKind.MENTOR, SESSION_TABLES, this::ensureDraft,
                        v -> saveDraft(log -> cards(log, List.of(), List.of(new FollowUpInput(null, trainee, "Check",
                                mentor.id(), LocalDate.parse(v)))))),
                input("my sessions period", UserRefKind.MENTOR, List.of(), v -> {
                    LocalDate date = LocalDate.parse(v);
                    sessions.mySessions(new SessionFilter(date, date, null), PageRequest.of(0, 5));
                    sessions.countMySessions(new SessionFilter(null, date, null));
                }),
                input("summary period", UserRefKind.ADMIN, List.of(), v -> {
                    LocalDate date = LocalDate.parse(v);
                    SummaryQuery.of(date, date, null);
                }),
                input("audit period", UserRefKind.ADMIN, List.of(), v -> {
                    LocalDate date = LocalDate.parse(v);
                    audit.count(new AuditFilter(null, null, null, date, date, null));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textInputs")
    void every_hostile_text_is_refused_with_a_message_or_stored_as_clean_plain_text(Input input) {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(1000);
        pushEverything(input, CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberInputs")
    void every_impossible_number_is_refused_with_a_message(Input input) {
        pushEverything(input, numbers(input.name().startsWith("parity")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateInputs")
    void every_impossible_date_is_refused_with_a_message(Input input) {
        pushEverything(input, dates());
    }

    static List<String> numbers(boolean decimals) {
        List<String> numbers = new ArrayList<>(List.of(String.valueOf(Integer.MIN_VALUE),
                String.valueOf(Integer.MAX_VALUE), "-1", "0", "1"));
        for (String value : CORPUS) {
            try {
                BigDecimal number = new BigDecimal(value.strip());
                if (decimals) {
                    numbers.add(number.toString());
                } else {
                    numbers.add(String.valueOf(number.intValueExact()));
                }
            } catch (NumberFormatException | ArithmeticException notOne) {
                // an IntegerField or BigDecimalField cannot produce it
            }
        }
        return numbers.stream().distinct().toList();
    }

    static List<String> dates() {
        List<String> dates = new ArrayList<>(List.of(LocalDate.MIN.toString(), LocalDate.MAX.toString(),
                LocalDate.EPOCH.toString(), "0001-01-01", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01"));
        for (String value : CORPUS) {
            try {
                dates.add(LocalDate.parse(value.strip()).toString());
            } catch (DateTimeParseException notOne) {
                // a date picker cannot produce it
            }
        }
        return dates.stream().distinct().toList();
    }

    private void pushEverything(Input input, List<String> values) {
        signIn(input.who());
        Map<String, Long> firstIds = maxIds(input.tables());
        List<String> failures = new ArrayList<>();
        int refused = 0;
        Map<String, Long> before = null;
        input.before().run();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (input.fixtureEachTime() && i > 0) {
                input.before().run();
                before = null;
            }
            // Counted anew only after a success or a new fixture; a refusal must leave them as they were.
            if (before == null) {
                before = counts(input.tables());
            }
            try {
                input.put().accept(value);
                before = null;
            } catch (DomainException refusal) {
                refused++;
                Map<String, Long> after = counts(input.tables());
                if (!before.equals(after)) {
                    failures.add(describe(i, value) + " was refused but half-stored: " + before + " -> " + after);
                }
            } catch (RuntimeException | Error failure) {
                failures.add(describe(i, value) + " failed with " + failure);
                before = null;
            }
        }
        failures.addAll(dirtyText(input.tables(), firstIds));
        assertThat(failures).as("%s: %d values, %d refused", input.name(), values.size(), refused).isEmpty();
    }

    private static String describe(int index, String value) {
        String shown = HostileCorpus.escape(value);
        return "#" + index + " '" + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown) + "'";
    }

    private Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, data.count(table));
        }
        counts.put("audit_event", data.count("audit_event"));
        return counts;
    }

    private Map<String, Long> maxIds(List<String> tables) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String table : tables) {
            ids.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
        }
        ids.put("audit_event", jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single());
        return ids;
    }

    /** Every text column of the rows written during the run (and their audit trail) holds plain text only. */
    private List<String> dirtyText(List<String> tables, Map<String, Long> firstIds) {
        List<String> problems = new ArrayList<>();
        List<String> all = new ArrayList<>(tables);
        all.add("audit_event");
        for (String table : all) {
            List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_schema ="
                            + " 'PUBLIC' and lower(table_name) = ? and data_type like '%CHARACTER%'").param(table)
                    .query(String.class).list();
            for (String column : columns) {
                // Rows of the run only for the trail, which is long; whole tables otherwise (some inputs update).
                long after = table.equals("audit_event") ? firstIds.get(table) : 0;
                jdbc.sql("select " + column + " from " + table + " where " + column + " is not null and id > ?")
                        .param(after)
                        .query(String.class).list().stream()
                        .filter(HostileInputTest::isDirty)
                        .limit(3)
                        .forEach(text -> problems.add(table + "." + column + " holds '" + HostileCorpus.escape(text)
                                .substring(0, Math.min(80, HostileCorpus.escape(text).length())) + "'"));
            }
        }
        return problems;
    }

    /** NUL, control characters other than tab and line feed, bidi controls, lone surrogates, or not NFC. */
    static boolean isDirty(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(++i)) : Character.isLowSurrogate(c);
            if (control || bidi || lone) {
                return true;
            }
        }
        return !Normalizer.isNormalized(text, Normalizer.Form.NFC) || !text.equals(text.strip());
    }

    private static final List<String> SESSION_TABLES = List.of("training_session", "attendance", "observation",
            "follow_up_action");

    private Input input(String name, UserRefKind who, List<String> tables, Consumer<String> put) {
        return new Input(name, who, tables, NOTHING, false, put);
    }

    /** An input that needs something to exist first (the mentor's draft, a mission to configure). */
    private Input input(String name, UserRefKind who, List<String> tables, Runnable setUp, Consumer<String> put) {
        return new Input(name, who, tables, setUp, false, put);
    }

    /** An input that uses up its fixture (a submitted log, an open action): made before the rows are counted. */
    private Input consuming(String name, UserRefKind who, List<String> tables, Runnable fixture,
                            Consumer<String> put) {
        return new Input(name, who, tables, fixture, true, put);
    }

    private long fixture;
    private static final Runnable NOTHING = () -> { };

    private void signIn(UserRefKind who) {
        data.signIn(switch (who) {
            case MENTOR -> mentor;
            case LEADER -> leader;
            case ADMIN -> admin;
        });
    }

    private TabletLog draft;

    /** Saves the mentor's one draft with one field changed; after a refusal the last saved log still holds. */
    private void saveDraft(java.util.function.UnaryOperator<SessionLog> change) {
        draft = sessions.applyTabletChange(TabletChanges.change(draft, change.apply(draft.log()), false));
    }

    private void ensureDraft() {
        if (draft == null) {
            draft = sessions.applyTabletChange(TabletChanges.newLog(
                    TabletChanges.blankLog(mentor.id(), team.siteId()).build(), false));
        }
    }

    private SessionLog with(SessionLog log, String genderNote, String language, String evidence, Object unused) {
        List<AttendeeLog> attendees = evidence == null ? log.attendees()
                : List.of(new AttendeeLog(trainee, null, null, false, false, true, false, false, false, false,
                evidence, Map.of()));
        return new SessionLog(log.id(), log.version(), log.status(), log.leadMentorId(), log.date(), log.startTime(),
                log.durationMinutes(), log.siteId(), log.format(), log.purpose(), log.topicIds(),
                language == null ? log.language() : language, log.coMentorIds(), log.unregisteredWomen(),
                log.unregisteredMen(), log.unregisteredUnknown(), genderNote != null,
                genderNote == null ? log.genderContentNote() : genderNote, attendees, log.observations(),
                log.followUps(), null);
    }

    /** The log with exactly these cards, so that the draft does not grow with every value. */
    private static SessionLog cards(SessionLog log, List<ObservationInput> observations, List<FollowUpInput> actions) {
        return new SessionLog(log.id(), log.version(), log.status(), log.leadMentorId(), log.date(), log.startTime(),
                log.durationMinutes(), log.siteId(), log.format(), log.purpose(), log.topicIds(), log.language(),
                log.coMentorIds(), log.unregisteredWomen(), log.unregisteredMen(), log.unregisteredUnknown(),
                log.genderContent(), log.genderContentNote(), log.attendees(), observations, actions, null);
    }

    private SessionLog header(SessionLog log, int minutes, int headcount) {
        return new SessionLog(log.id(), log.version(), log.status(), log.leadMentorId(), log.date(), log.startTime(),
                minutes, log.siteId(), log.format(), log.purpose(), log.topicIds(), log.language(),
                log.coMentorIds(), headcount, headcount, headcount, log.genderContent(), log.genderContentNote(),
                log.attendees(), log.observations(), log.followUps(), null);
    }

    private int passwordsHashed;

    /**
     * Bcrypt takes a tenth of a second by design, so only the first few passwords the rules accept
     * are hashed; every value the rules refuse (too short, too long, too many bytes) goes through.
     */
    private void resetPassword(String password) {
        boolean acceptable = password.length() >= 12 && password.getBytes(StandardCharsets.UTF_8).length <= 72;
        if (acceptable && passwordsHashed++ >= ACCEPTED_PASSWORDS_HASHED) {
            return;
        }
        users.resetPassword(hq.id(), password);
    }

    private long version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private long missionToConfigure;

    private void ensureMission() {
        if (missionToConfigure == 0) {
            missionToConfigure = missions.createMission(mission("CFG" + next(), "Mission", "Mali")).id();
        }
    }

    private void configure(String threshold, String target) {
        long version = version("mission", missionToConfigure);
        BigDecimal percent = target == null ? null : new BigDecimal(target);
        missions.configure(missionToConfigure, version, new MissionSettings(Integer.valueOf(threshold), percent,
                percent));
    }

    private Long submittedSession() {
        return data.session(team, mentor, LocalDate.now().minusDays(1)).insert();
    }

    private long openAction() {
        return data.followUp(trainee, null, mentor, LocalDate.now(), LocalDate.now().plusDays(3), "OPEN", null);
    }

    private static NewMission mission(String code, String name, String country) {
        return new NewMission(code, name, country, LocalDate.of(2024, 1, 1), null, settings());
    }

    private static MissionSettings settings() {
        return new MissionSettings(5, null, null);
    }

    private static String prefix() {
        int n = SEQUENCE.incrementAndGet();
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return "Z" + letters.charAt(n / 676 % 26) + letters.charAt(n / 26 % 26) + letters.charAt(n % 26);
    }

    /** Spread over the lists, since each addition reads its whole list. */
    private static ReferenceKind kind() {
        ReferenceKind[] kinds = ReferenceKind.values();
        return kinds[SEQUENCE.get() % kinds.length];
    }

    private static int next() {
        return SEQUENCE.incrementAndGet();
    }
}
