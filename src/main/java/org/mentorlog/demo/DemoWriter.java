package org.mentorlog.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Plain SQL that runs on H2 and PostgreSQL alike. Rows whose id the generator needs later are
 * inserted at once; all other rows wait and go to the database in one batch per statement, which
 * keeps a full demo load to about a second on H2.
 */
final class DemoWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final Map<String, List<Object[]>> pendingRows = new LinkedHashMap<>();

    DemoWriter(JdbcClient jdbc, JdbcTemplate batchJdbc) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
    }

    /** Inserts one row now and returns its generated id. */
    long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "no generated id").longValue();
    }

    /** Queues one row for the next {@link #flush()}; its parents must already be inserted. */
    void later(String sql, Object... params) {
        pendingRows.computeIfAbsent(sql, key -> new ArrayList<>()).add(params);
    }

    void flush() {
        pendingRows.forEach(batchJdbc::batchUpdate);
        pendingRows.clear();
    }

    void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The active reference items of one kind, by code. */
    List<ReferenceRow> referenceItems(String kind) {
        return jdbc.sql("""
                        select id, code, position_of_authority, non_traditional
                        from reference_item where kind = ? and active = true order by sort_order""")
                .param(kind)
                .query((rs, row) -> new ReferenceRow(rs.getLong("id"), rs.getString("code"),
                        rs.getBoolean("position_of_authority"), rs.getBoolean("non_traditional")))
                .list();
    }

    record ReferenceRow(long id, String code, boolean positionOfAuthority, boolean nonTraditional) {
    }
}
