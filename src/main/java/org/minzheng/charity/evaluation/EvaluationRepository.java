package org.minzheng.charity.evaluation;

import static org.minzheng.charity.evaluation.CharityScopes.VISIBLE_PROJECT;
import static org.minzheng.charity.evaluation.CharityScopes.above;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quarterly evaluations in {@code charity.evaluations}; an evaluation is visible when its project is. */
@Repository
class EvaluationRepository {

    private static final String EVALUATION = """
            select e.id, e.project_id, p.name, p.region_code, e.year, e.quarter, e.evaluator, e.management_score,
                   e.outcome_score, e.funds_score, e.satisfaction_score, e.disclosure_score, e.total_score,
                   e.findings, e.evaluated_on, e.recorded_by
            from charity.evaluations e join charity.projects p on p.id = e.project_id
            """;
    private static final String FILTERS = """
             and (cast(:project as bigint) is null or e.project_id = :project)
             and (cast(:year as int) is null or e.year = :year)
             and (cast(:quarter as int) is null or e.quarter = :quarter)
             and e.total_score between :from and :upTo
            """;
    private static final String PROJECT = """
            select p.id, p.name, o.name, p.region_code, p.status, p.starts_on
            from charity.projects p join charity.organisations o on o.id = p.organisation_id
            """;

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<ProjectEvaluation> search(EvaluationSearch search, DataScope scope, Pageable page) {
        String where = " where " + VISIBLE_PROJECT + FILTERS;
        long total = bind(
                        jdbc.sql("select count(*) " + EVALUATION.substring(EVALUATION.indexOf("from")) + where),
                        search,
                        scope)
                .query(Long.class)
                .single();
        var statement = bind(
                jdbc.sql(EVALUATION + where + " order by " + search.orderBy()
                        + (page.isPaged() ? " limit :limit offset :offset" : "")),
                search,
                scope);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(EvaluationRepository::evaluation).list(), page, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, EvaluationSearch search, DataScope scope) {
        EvaluationGrade grade = search.grade();
        return statement
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .param("project", search.project())
                .param("year", search.year())
                .param("quarter", search.quarter())
                .param("from", grade == null ? 0 : grade.from())
                .param("upTo", grade == null ? EvaluationPart.MAXIMUM_TOTAL : grade.upTo());
    }

    Optional<ProjectEvaluation> find(long id, DataScope scope) {
        return jdbc.sql(EVALUATION + " where e.id = :id and " + VISIBLE_PROJECT)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(EvaluationRepository::evaluation)
                .optional();
    }

    /** All quarters of one project, oldest first, for its trend. */
    List<ProjectEvaluation> ofProject(long projectId, DataScope scope) {
        return jdbc.sql(EVALUATION + " where e.project_id = :project and " + VISIBLE_PROJECT
                        + " order by e.year, e.quarter")
                .param("project", projectId)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(EvaluationRepository::evaluation)
                .list();
    }

    Optional<EvaluatedProject> project(long id, DataScope scope) {
        return jdbc.sql(PROJECT + " where p.id = :id and " + VISIBLE_PROJECT)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(EvaluationRepository::project)
                .optional();
    }

    /** The projects the staff member may evaluate: running or closed, kept within their own area. */
    List<EvaluatedProject> evaluableProjects(DataScope scope) {
        return jdbc.sql(PROJECT + " where p.region_code like :prefix || '%' and p.status in ('RUNNING', 'CLOSED')"
                        + " order by p.status desc, p.name")
                .param("prefix", scope.prefix())
                .query(EvaluationRepository::project)
                .list();
    }

    /** Visible running projects that started by the end of {@code due} and have no evaluation for it. */
    List<OverdueProject> overdue(Quarter due, Long project, DataScope scope) {
        return jdbc.sql(PROJECT + " where " + VISIBLE_PROJECT + """
                         and p.status = 'RUNNING' and p.starts_on <= :dueEnd
                         and (cast(:project as bigint) is null or p.id = :project)
                         and not exists (select 1 from charity.evaluations e
                                         where e.project_id = p.id and e.year = :year and e.quarter = :quarter)
                        order by p.starts_on, p.id
                        """)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .param("dueEnd", due.lastDay())
                .param("project", project)
                .param("year", due.year())
                .param("quarter", due.quarter())
                .query((rs, n) ->
                        new OverdueProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), due))
                .list();
    }

    boolean exists(long projectId, int year, int quarter, Long except) {
        return jdbc.sql("""
                        select exists (select 1 from charity.evaluations where project_id = :p and year = :y
                            and quarter = :q and (cast(:except as bigint) is null or id <> :except))
                        """)
                .param("p", projectId)
                .param("y", year)
                .param("q", quarter)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    long insert(EvaluationForm form, String evaluator, String findings, String recordedBy) {
        return jdbc.sql("""
                        insert into charity.evaluations (project_id, year, quarter, evaluator, management_score,
                            outcome_score, funds_score, satisfaction_score, disclosure_score, findings, evaluated_on,
                            recorded_by)
                        values (:project, :year, :quarter, :evaluator, :management, :outcome, :funds, :satisfaction,
                            :disclosure, :findings, :on, :by)
                        returning id
                        """)
                .param("project", form.projectId())
                .param("year", form.year())
                .param("quarter", form.quarter())
                .param("evaluator", evaluator)
                .param("management", form.managementScore())
                .param("outcome", form.outcomeScore())
                .param("funds", form.fundsScore())
                .param("satisfaction", form.satisfactionScore())
                .param("disclosure", form.disclosureScore())
                .param("findings", findings)
                .param("on", form.evaluatedOn())
                .param("by", recordedBy)
                .query(Long.class)
                .single();
    }

    /** The period and the project stay as recorded; scores, evaluator, findings and the date may be corrected. */
    void update(long id, EvaluationForm form, String evaluator, String findings, String recordedBy) {
        jdbc.sql("""
                        update charity.evaluations set evaluator = :evaluator, management_score = :management,
                            outcome_score = :outcome, funds_score = :funds, satisfaction_score = :satisfaction,
                            disclosure_score = :disclosure, findings = :findings, evaluated_on = :on,
                            recorded_by = :by, recorded_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("evaluator", evaluator)
                .param("management", form.managementScore())
                .param("outcome", form.outcomeScore())
                .param("funds", form.fundsScore())
                .param("satisfaction", form.satisfactionScore())
                .param("disclosure", form.disclosureScore())
                .param("findings", findings)
                .param("on", form.evaluatedOn())
                .param("by", recordedBy)
                .update();
    }

    private static EvaluatedProject project(ResultSet rs, int n) throws SQLException {
        return new EvaluatedProject(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class));
    }

    private static ProjectEvaluation evaluation(ResultSet rs, int n) throws SQLException {
        return new ProjectEvaluation(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12),
                rs.getInt(13),
                rs.getString(14),
                rs.getObject(15, LocalDate.class),
                rs.getString(16));
    }
}
