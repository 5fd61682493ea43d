package org.minzheng.charity.evaluation;

import java.util.List;
import org.minzheng.charity.award.AwardCategory;
import org.minzheng.shared.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What evaluation and audit publish (慈善法 art. 76: civil-affairs departments disclose evaluation results and
 * awards): read models without personal data for the public charity page. Nothing here depends on who is signed
 * in; a person's name appears only when they agreed to it (art. 82).
 */
@Service
@Transactional(readOnly = true)
public class PublishedResults {

    /** How many quarters {@link #latestEvaluations} goes back. */
    public static final int LATEST_QUARTERS = 8;

    private final JdbcClient jdbc;
    private final Messages messages;

    PublishedResults(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The project's evaluations of the last {@value #LATEST_QUARTERS} evaluated quarters, newest first. */
    public List<PublicEvaluation> latestEvaluations(long projectId) {
        return jdbc.sql("""
                        select year, quarter, evaluator, total_score from charity.evaluations
                        where project_id = :project order by year desc, quarter desc limit :limit
                        """)
                .param("project", projectId)
                .param("limit", LATEST_QUARTERS)
                .query((rs, n) -> new PublicEvaluation(
                        rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4), EvaluationGrade.of(rs.getInt(4))))
                .list();
    }

    /**
     * The winners of every published cycle, newest cycle first, then by category and score. A person who did not
     * agree to be named appears under the localised note {@code charity.award.nameWithheld}; the name itself is
     * never read from the database.
     */
    public List<PublicAward> publishedWinners() {
        String withheld = messages.get("charity.award.nameWithheld");
        return jdbc.sql("""
                        select c.name, c.first_year, c.last_year, n.category,
                               case when n.category <> 'PERSON' or n.publish_consent then n.nominee end,
                               c.published_on
                        from charity.nominations n join charity.award_cycles c on c.id = n.cycle_id
                        where c.status = 'PUBLISHED' and n.winner
                        order by c.published_on desc, c.id desc, n.category, n.score desc nulls last, n.id
                        """)
                .query((rs, n) -> new PublicAward(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        AwardCategory.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? withheld : rs.getString(5),
                        rs.getObject(6, java.time.LocalDate.class)))
                .list();
    }

    /** Audit reports of {@code fromYear} and later, newest year first. */
    public List<PublicAuditReport> auditReports(int fromYear) {
        return jdbc.sql("""
                        select o.name, p.name, r.year, r.audit_firm, r.opinion, r.attachment_id
                        from charity.audit_reports r join charity.organisations o on o.id = r.organisation_id
                             left join charity.projects p on p.id = r.project_id
                        where r.year >= :from
                        order by r.year desc, o.name, r.id
                        """)
                .param("from", fromYear)
                .query((rs, n) -> new PublicAuditReport(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        AuditOpinion.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .list();
    }
}
