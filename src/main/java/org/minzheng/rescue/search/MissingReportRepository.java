package org.minzheng.rescue.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reports of missing persons. Lists and pages are limited to the staff member's scope; matching reads every open
 * report, because a family reports wherever it happens to be.
 */
@Repository
class MissingReportRepository {

    private static final String FILTER = """
              from rescue.missing_reports r
             where r.region_code like :prefix || '%'
               and (cast(:status as text) is null or r.status = :status)
               and (cast(:source as text) is null or r.source = :source)
               and (cast(:q as text) is null or r.missing_name like :q escape '\\'
                    or r.last_seen_place like :q escape '\\' or r.reporter_name like :q escape '\\')
            """;

    private final JdbcClient jdbc;

    MissingReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<MissingReport> search(ReportSearch search, DataScope scope, Pageable page) {
        long total = jdbc.sql("select count(*) " + FILTER)
                .params(params(search, scope))
                .query(Long.class)
                .single();
        return new PageImpl<>(rows(search, scope, page.getPageSize(), page.getOffset()), page, total);
    }

    List<MissingReport> rows(ReportSearch search, DataScope scope, int limit, long offset) {
        return jdbc.sql("select r.* " + FILTER + " order by r.created_at desc, r.id desc limit :limit offset :offset")
                .params(params(search, scope))
                .param("limit", limit)
                .param("offset", offset)
                .query(MissingReportRepository::report)
                .list();
    }

    Optional<MissingReport> find(long id, DataScope scope) {
        return jdbc.sql("select * from rescue.missing_reports where id = :id and region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(MissingReportRepository::report)
                .optional();
    }

    /** Any report, whoever keeps it: for matching and for the candidate a station confirms. */
    Optional<MissingReport> anywhere(long id) {
        return jdbc.sql("select * from rescue.missing_reports where id = :id")
                .param("id", id)
                .query(MissingReportRepository::report)
                .optional();
    }

    MissingReport locked(long id) {
        return jdbc.sql("select * from rescue.missing_reports where id = :id for update")
                .param("id", id)
                .query(MissingReportRepository::report)
                .single();
    }

    List<MissingReport> open() {
        return jdbc.sql("select * from rescue.missing_reports where status = 'OPEN' order by created_at, id")
                .query(MissingReportRepository::report)
                .list();
    }

    long insert(Map<String, Object> values) {
        return jdbc.sql("""
                        insert into rescue.missing_reports (region_code, source, missing_name, sex, birth_year,
                               birth_year_uncertainty, height_cm, features, dialect, home_place, last_seen_place,
                               last_seen_region_code, missing_since, reporter_name, reporter_relation,
                               reporter_phone_cipher, reporter_phone_masked, demo, created_by)
                        values (:regionCode, :source, :name, :sex, :birthYear, :uncertainty, :heightCm, :features,
                               :dialect, :homePlace, :lastSeenPlace, :lastSeenRegion, :missingSince, :reporterName,
                               :reporterRelation, :phoneCipher, :phoneMasked, :demo, :by)
                        returning id
                        """).params(values).query(Long.class).single();
    }

    void close(long id, String status, Long foundCaseId, Instant at, String note) {
        jdbc.sql("""
                        update rescue.missing_reports
                           set status = :status, found_case_id = :caseId, closed_at = :at, close_note = :note,
                               updated_at = now()
                         where id = :id
                        """)
                .param("status", status)
                .param("caseId", foundCaseId)
                .param("at", FamilySearchRepository.beijing(at))
                .param("note", note)
                .param("id", id)
                .update();
    }

    private static Map<String, Object> params(ReportSearch search, DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", scope.prefix());
        params.put("status", search.status().isEmpty() ? null : search.status());
        params.put("source", search.source().isEmpty() ? null : search.source());
        params.put(
                "q", search.q().isBlank() ? null : "%" + Like.escape(search.q().strip()) + "%");
        return params;
    }

    private static MissingReport report(ResultSet rs, int n) throws SQLException {
        return new MissingReport(
                rs.getLong("id"),
                rs.getString("region_code"),
                ReportSource.valueOf(rs.getString("source")),
                rs.getString("missing_name"),
                rs.getString("sex"),
                (Integer) rs.getObject("birth_year"),
                rs.getInt("birth_year_uncertainty"),
                (Integer) rs.getObject("height_cm"),
                rs.getString("features"),
                rs.getString("dialect"),
                rs.getString("home_place"),
                rs.getString("last_seen_place"),
                rs.getString("last_seen_region_code"),
                rs.getObject("missing_since", LocalDate.class),
                rs.getString("reporter_name"),
                rs.getString("reporter_relation"),
                rs.getString("reporter_phone_masked"),
                rs.getString("status"),
                (Long) rs.getObject("found_case_id"),
                FamilySearchRepository.instant(rs, "closed_at"),
                rs.getString("close_note"),
                rs.getBoolean("demo"),
                rs.getString("created_by"),
                FamilySearchRepository.instant(rs, "created_at"));
    }
}
