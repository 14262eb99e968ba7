package org.mentorlog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorlog.security.Role;
import org.mentorlog.summary.SummaryFacts;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds what a test needs straight in the database, each time with fresh codes and names, so tests
 * share one Spring context without seeing each other's data.
 */
@TestComponent
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SecurityContextHolderStrategy securityContexts;
    private final UserDetailsService accounts;
    private final SummaryFacts facts;

    TestData(JdbcClient jdbc, PasswordEncoder passwordEncoder, SecurityContextHolderStrategy securityContexts,
             UserDetailsService accounts, SummaryFacts facts) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.securityContexts = securityContexts;
        this.accounts = accounts;
        this.facts = facts;
    }

    public record TeamRef(long id, String code, String prefix, long siteId) {
    }

    public record UserRef(long id, String username, Role role, Long teamId) {
    }

    /** A new team with one site, in the mission (created on first use). */
    public TeamRef team() {
        return team(missionId());
    }

    /** A new team with one site, in the given mission. */
    public TeamRef team(long missionId) {
        int n = SEQUENCE.incrementAndGet();
        String prefix = "Q" + LETTERS.charAt(n / 676 % 26) + LETTERS.charAt(n / 26 % 26) + LETTERS.charAt(n % 26);
        long teamId = insert("insert into team (mission_id, code, name, trainee_code_prefix) values (?, ?, ?, ?)",
                missionId, "TEAM-" + n, "Team " + n, prefix);
        long siteId = insert("insert into site (team_id, name) values (?, ?)", teamId, "Site " + n);
        return new TeamRef(teamId, "TEAM-" + n, prefix, siteId);
    }

    /** A new enabled account with password "password" in the given role and team. */
    public UserRef user(Role role, TeamRef team) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet();
        Long teamId = team == null ? null : team.id();
        long id = insert("insert into app_user (username, display_name, password_hash, role, team_id) values (?, ?, ?, ?, ?)",
                username, "Test " + username, passwordEncoder.encode("password"), role.name(), teamId);
        if (role == Role.HQ_ANALYST) {
            jdbc.sql("insert into mission_reader (user_id, mission_id) values (?, ?)").params(id, missionId()).update();
        }
        return new UserRef(id, username, role, teamId);
    }

    /** A trainee inserted directly, bypassing the service, with a code from the team's prefix. */
    public long trainee(TeamRef team, String fullName, String sex) {
        int n = SEQUENCE.incrementAndGet();
        return insert("insert into trainee (team_id, code, full_name, sex, agency, rank_band) values (?, ?, ?, ?, 'POLICE', 'NCO')",
                team.id(), team.prefix() + "-9" + String.format("%03d", n % 1000), fullName, sex);
    }

    /** Signs the user in for service calls and browserless views made by this thread. */
    public void signIn(UserRef user) {
        signIn(user, "ROLE_" + user.role().name());
    }

    /** Signs in an account that also holds the export permission (and has it in the database). */
    public void signInExporting(UserRef user) {
        jdbc.sql("update app_user set can_export = true where id = ?").param(user.id()).update();
        signIn(user, "ROLE_" + user.role().name(), "EXPORT");
    }

    /**
     * Signs in as the login page would: the password is checked against the account, which grants its
     * own authorities (its role, and the export permission if an administrator gave it).
     */
    public void signIn(String username, String password) {
        UserDetails account = accounts.loadUserByUsername(username);
        if (!account.isEnabled() || !passwordEncoder.matches(password, account.getPassword())) {
            throw new IllegalArgumentException("Wrong username or password: " + username);
        }
        signIn(UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
                account.getAuthorities()));
    }

    private void signIn(UserRef user, String... authorities) {
        signIn(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                AuthorityUtils.createAuthorityList(authorities)));
    }

    private void signIn(UsernamePasswordAuthenticationToken authentication) {
        // Vaadin's method security reads its own strategy bean; the test support reads the holder.
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(authentication);
        securityContexts.setContext(context);
        TestSecurityContextHolder.setContext(context);
    }

    public void signOut() {
        securityContexts.clearContext();
        TestSecurityContextHolder.clearContext();
    }

    /** The id of a seeded reference item, such as ("TOPIC", "CSM-07"). */
    public long reference(String kind, String code) {
        return jdbc.sql("select id from reference_item where kind = ? and code = ?").params(kind, code)
                .query(Long.class).single();
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    public List<String> auditSummaries(String entityType) {
        return jdbc.sql("select summary from audit_event where entity_type = ? order by id")
                .param(entityType).query(String.class).list();
    }

    /** A trainee of the given sex and agency, inserted directly. */
    public long trainee(TeamRef team, String fullName, String sex, String agency) {
        long id = trainee(team, fullName, sex);
        jdbc.sql("update trainee set agency = ? where id = ?").params(agency, id).update();
        facts.refresh(List.of(id));
        return id;
    }

    /** Another site of the team. */
    public long site(TeamRef team, String name) {
        return insert("insert into site (team_id, name) values (?, ?)", team.id(), name);
    }

    /** Starts a session log inserted directly in SQL; see {@link SessionRow}. */
    public SessionRow session(TeamRef team, UserRef leadMentor, LocalDate date) {
        return new SessionRow(team, leadMentor, date);
    }

    /** A session row with sensible defaults: 60 minutes, submitted, with a purpose, at the team's site. */
    public final class SessionRow {
        private final TeamRef team;
        private final UserRef leadMentor;
        private final LocalDate date;
        private long siteId;
        private int minutes = 60;
        private String status = "SUBMITTED";
        private String purpose = "Practise the scene";
        private boolean genderContent;
        private int unregisteredWomen;
        private int unregisteredMen;
        private int unregisteredUnknown;

        private SessionRow(TeamRef team, UserRef leadMentor, LocalDate date) {
            this.team = team;
            this.leadMentor = leadMentor;
            this.date = date;
            this.siteId = team.siteId();
        }

        public SessionRow site(long value) {
            siteId = value;
            return this;
        }

        public SessionRow minutes(int value) {
            minutes = value;
            return this;
        }

        public SessionRow status(String value) {
            status = value;
            return this;
        }

        public SessionRow purpose(String value) {
            purpose = value;
            return this;
        }

        public SessionRow genderContent() {
            genderContent = true;
            return this;
        }

        public SessionRow unregistered(int women, int men, int unknown) {
            unregisteredWomen = women;
            unregisteredMen = men;
            unregisteredUnknown = unknown;
            return this;
        }

        /** Inserts the session; returns its id. */
        public long insert() {
            OffsetDateTime created = date.atTime(18, 0).atOffset(ZoneOffset.UTC);
            long id = TestData.this.insert("insert into training_session (team_id, lead_mentor_id, site_id, session_date,"
                            + " duration_minutes, format, purpose, language, unregistered_women, unregistered_men,"
                            + " unregistered_unknown, gender_content, status, created_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, 'CLASSROOM', ?, 'fr', ?, ?, ?, ?, ?, ?, ?)",
                    team.id(), leadMentor.id(), siteId, date, minutes, purpose, unregisteredWomen, unregisteredMen,
                    unregisteredUnknown, genderContent, status, created, created);
            facts.refreshSessions(List.of(id)); // written around the services, which keep the read model
            return id;
        }
    }

    /** A trainee's attendance (PRESENT, LATE, ABSENT) in a session, optionally in a position of authority. */
    public void attendance(long sessionId, long traineeId, String status, boolean positionOfAuthority) {
        insert("insert into attendance (session_id, trainee_id, status, position_of_authority) values (?, ?, ?, ?)",
                sessionId, traineeId, status, positionOfAuthority);
        facts.refresh(List.of(traineeId)); // written around the services, which keep the read model
    }

    /** A competency rating (level 1 to 4) of a trainee in a session, for a curriculum topic such as CSM-07. */
    public void rating(long sessionId, long traineeId, String topicCode, int level) {
        insert("insert into competency_rating (session_id, trainee_id, topic_id, level) values (?, ?, ?, ?)",
                sessionId, traineeId, reference("TOPIC", topicCode), level);
        facts.refresh(List.of(traineeId));
    }

    /** An observation of a session; the MOWIP area code and polarity may be null. */
    public void observation(long sessionId, String approach, String mowipArea, String polarity) {
        Long areaId = mowipArea == null ? null : reference("MOWIP_AREA", mowipArea);
        insert("insert into observation (session_id, approach, mowip_area_id, polarity) values (?, ?, ?, ?)",
                sessionId, approach, areaId, polarity);
        facts.refreshSessions(List.of(sessionId));
    }

    /** A follow-up action created on a date (at noon UTC); closedOn may be null. */
    public long followUp(long traineeId, Long sessionId, UserRef owner, LocalDate createdOn, LocalDate due,
                         String status, LocalDate closedOn) {
        long id = insert("insert into follow_up_action (trainee_id, session_id, description, owner_id, due_date, status,"
                        + " closed_date, created_at) values (?, ?, 'Follow up', ?, ?, ?, ?, ?)",
                traineeId, sessionId, owner.id(), due, status, closedOn, createdOn.atTime(12, 0).atOffset(ZoneOffset.UTC));
        facts.refresh(List.of(traineeId));
        return id;
    }

    /** Another mission, with its own code and disclosure threshold. */
    public long mission(String code, int disclosureThreshold) {
        return insert("insert into mission (code, name, country, start_date, disclosure_threshold) values (?, ?, ?, ?, ?)",
                code, "Mission " + code, "Testland", LocalDate.of(2024, 1, 1), disclosureThreshold);
    }

    /** Takes every mission away from an analyst. */
    public void revokeAll(UserRef analyst) {
        jdbc.sql("delete from mission_reader where user_id = ?").param(analyst.id()).update();
    }

    /** Lets an analyst read one more mission. */
    public void grant(UserRef analyst, long missionId) {
        jdbc.sql("insert into mission_reader (user_id, mission_id) values (?, ?)").params(analyst.id(), missionId)
                .update();
    }

    /** The mission every test team belongs to (created on first use); test analysts read it. */
    public long missionId() {
        List<Long> ids = jdbc.sql("select id from mission order by id").query(Long.class).list();
        if (!ids.isEmpty()) {
            return ids.getFirst();
        }
        return insert("insert into mission (code, name, country, start_date) values (?, ?, ?, ?)",
                "TEST", "Test mission", "Testland", LocalDate.of(2024, 1, 1));
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }
}
