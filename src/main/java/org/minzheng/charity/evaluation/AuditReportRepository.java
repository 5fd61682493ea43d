package org.minzheng.charity.evaluation;

import static org.minzheng.charity.evaluation.CharityScopes.above;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Third-party audit reports in {@code charity.audit_reports}. A report is kept by the city or county whose staff
 * uploaded it and is visible, like projects, within that area and below it.
 */
@Repository
class AuditReportRepository {

    private static final String REPORT = """
            select r.id, r.organisation_id, o.name, r.project_id, p.name, r.year, r.audit_firm, r.opinion, r.summary,
                   r.attachment_id, r.region_code, r.uploaded_by, r.uploaded_at
            from charity.audit_reports r join charity.organisations o on o.id = r.organisation_id
                 left join charity.projects p on p.id = r.project_id
            """;
    private static final String VISIBLE = "(r.region_code like :prefix || '%' or r.region_code in (:above))";
    private static final String FILTERS = """
             and (cast(:organisation as bigint) is null or r.organisation_id = :organisation)
             and (cast(:project as bigint) is null or r.project_id = :project)
             and (cast(:year as int) is null or r.year = :year)
             and (cast(:opinion as varchar) is null or r.opinion = :opinion)
            """;

    private final JdbcClient jdbc;

    AuditReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<AuditReport> search(
            Long organisation, Long project, Integer year, AuditOpinion opinion, DataScope scope, Pageable page) {
        String where = " where " + VISIBLE + FILTERS;
        long total = jdbc.sql("select count(*) from charity.audit_reports r" + where)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .param("organisation", organisation)
                .param("project", project)
                .param("year", year)
                .param("opinion", opinion == null ? null : opinion.name())
                .query(Long.class)
                .single();
        var statement = jdbc.sql(REPORT + where + " order by r.year desc, o.name, r.id desc"
                        + (page.isPaged() ? " limit :limit offset :offset" : ""))
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .param("organisation", organisation)
                .param("project", project)
                .param("year", year)
                .param("opinion", opinion == null ? null : opinion.name());
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        List<AuditReport> rows = statement.query(AuditReportRepository::report).list();
        return new PageImpl<>(rows, page, total);
    }

    Optional<AuditReport> find(long id, DataScope scope) {
        return jdbc.sql(REPORT + " where r.id = :id and " + VISIBLE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(AuditReportRepository::report)
                .optional();
    }

    List<Organisation> organisations() {
        return jdbc.sql("select id, name from charity.organisations order by name")
                .query((rs, n) -> new Organisation(rs.getLong(1), rs.getString(2)))
                .list();
    }

    Optional<Organisation> organisation(long id) {
        return jdbc.sql("select id, name from charity.organisations where id = :id")
                .param("id", id)
                .query((rs, n) -> new Organisation(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** A project visible to the staff member, with its organisation, for the optional project of a report. */
    Optional<Long> projectOrganisation(long projectId, DataScope scope) {
        return jdbc.sql("""
                        select p.organisation_id from charity.projects p
                        where p.id = :id and (p.region_code like :prefix || '%' or p.region_code in (:above))
                        """)
                .param("id", projectId)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(Long.class)
                .optional();
    }

    List<ProjectChoice> projects(DataScope scope) {
        return jdbc.sql("""
                        select p.id, p.name, o.name from charity.projects p
                        join charity.organisations o on o.id = p.organisation_id
                        where (p.region_code like :prefix || '%' or p.region_code in (:above))
                        order by o.name, p.name
                        """)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query((rs, n) -> new ProjectChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    long insert(AuditReportForm form, String attachmentId, RegionCode keeping, String uploadedBy) {
        return jdbc.sql("""
                        insert into charity.audit_reports (organisation_id, project_id, year, audit_firm, opinion,
                            summary, attachment_id, region_code, uploaded_by)
                        values (:org, :project, :year, :firm, :opinion, :summary, :attachment, :region, :by)
                        returning id
                        """)
                .param("org", form.organisationId())
                .param("project", form.projectId())
                .param("year", form.year())
                .param("firm", form.auditFirm().strip())
                .param("opinion", form.opinion())
                .param("summary", form.summaryOrNull())
                .param("attachment", attachmentId)
                .param("region", keeping.value())
                .param("by", uploadedBy)
                .query(Long.class)
                .single();
    }

    private static AuditReport report(ResultSet rs, int n) throws SQLException {
        return new AuditReport(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                AuditOpinion.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getObject(13, OffsetDateTime.class).toInstant());
    }
}
