package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of objections to a case on notice. */
@Repository
class ObjectionRepository {

    private final JdbcClient jdbc;

    ObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long caseId, LocalDate raisedOn, String objector, String content, String recordedBy) {
        return jdbc.sql("""
                        insert into assistance.objections (case_id, raised_on, objector, content, recorded_by,
                            county_code)
                        values (:caseId, :raisedOn, :objector, :content, :recordedBy,
                                (select county_code from assistance.cases where id = :caseId))
                        returning id
                        """)
                .param("caseId", caseId)
                .param("raisedOn", raisedOn)
                .param("objector", objector)
                .param("content", content)
                .param("recordedBy", recordedBy)
                .query(Long.class)
                .single();
    }

    /** @return false when the objection is not an open one of this case */
    boolean resolve(long caseId, long id, boolean upheld, String resolution, String resolvedBy) {
        return jdbc.sql("""
                                update assistance.objections
                                set upheld = :upheld, resolution = :resolution, resolved_by = :resolvedBy,
                                    resolved_at = now()
                                where id = :id and case_id = :caseId and upheld is null
                                """)
                        .param("upheld", upheld)
                        .param("resolution", resolution)
                        .param("resolvedBy", resolvedBy)
                        .param("id", id)
                        .param("caseId", caseId)
                        .update()
                == 1;
    }

    List<Objection> of(long caseId) {
        return jdbc.sql("""
                        select id, raised_on, objector, content, recorded_by, upheld, resolution, resolved_by,
                               resolved_at
                        from assistance.objections where case_id = :caseId order by id
                        """)
                .param("caseId", caseId)
                .query((rs, n) -> new Objection(
                        rs.getLong("id"),
                        rs.getObject("raised_on", LocalDate.class),
                        rs.getString("objector"),
                        rs.getString("content"),
                        rs.getString("recorded_by"),
                        (Boolean) rs.getObject("upheld"),
                        rs.getString("resolution"),
                        rs.getString("resolved_by"),
                        rs.getTimestamp("resolved_at") == null
                                ? null
                                : rs.getTimestamp("resolved_at").toInstant()))
                .list();
    }

    boolean anyOpen(long caseId) {
        return jdbc.sql(
                        "select exists (select 1 from assistance.objections where case_id = :caseId and upheld is null)")
                .param("caseId", caseId)
                .query(Boolean.class)
                .single();
    }
}
