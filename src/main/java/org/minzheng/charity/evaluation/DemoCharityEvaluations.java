package org.minzheng.charity.evaluation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. Quarterly evaluations of the running demo projects for this year's completed quarters, one audit
 * report (a small PDF saying it is a demonstration) per demo charity organisation for last year, and one published
 * "three tens" cycle 2025–2026 with a few made-up winners in each category, one person without consent to be
 * named; once. Skips when the demo projects are absent or the demo cycle exists. Names end in （演示）.
 */
@Component
@Order(77)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoCharityEvaluations implements ApplicationRunner {

    static final String CYCLE = "滨州市第二届“三个十”评选（2025—2026年度）（演示）";

    private static final Logger log = LoggerFactory.getLogger(DemoCharityEvaluations.class);
    private static final String CITY = "371600000000";
    private static final List<String> RUNNING_PROJECTS = List.of("一米阳光·居家安养（演示）", "一米阳光·助学圆梦（演示）", "滨城区困境儿童关爱（演示）");
    private static final String EVALUATOR = "滨州市社会组织评估中心（演示）";
    private static final String FIRM = "山东鲁北会计师事务所（演示）";
    /** Scores per quarter index: management, outcome, funds, satisfaction, disclosure. */
    private static final int[][] SCORES = {
        {17, 25, 22, 13, 9}, {18, 27, 23, 13, 8}, {16, 22, 20, 12, 7}, {19, 28, 24, 14, 9}
    };

    private final JdbcClient jdbc;
    private final Attachments attachments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCharityEvaluations(JdbcClient jdbc, Attachments attachments, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from charity.award_cycles where name = :name)")
                .param("name", CYCLE)
                .query(Boolean.class)
                .single();
        List<DemoProject> projects = jdbc.sql("""
                        select id, starts_on from charity.projects
                        where demo and status = 'RUNNING' and name in (:names) order by id
                        """)
                .param("names", RUNNING_PROJECTS)
                .query((rs, n) -> new DemoProject(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        if (loaded || projects.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(status -> load(projects, today));
        log.info("Loaded demo charity evaluations, audit reports and a published award cycle");
    }

    private record DemoProject(long id, LocalDate startsOn) {}

    private void load(List<DemoProject> projects, LocalDate today) {
        evaluations(projects, today);
        auditReports(today.getYear() - 1);
        awards(projects, today);
    }

    private void evaluations(List<DemoProject> projects, LocalDate today) {
        Quarter current = Quarter.of(today);
        for (int p = 0; p < projects.size(); p++) {
            DemoProject project = projects.get(p);
            for (int q = 1; q < current.quarter(); q++) {
                Quarter period = new Quarter(today.getYear(), q);
                if (period.lastDay().isBefore(project.startsOn())) {
                    continue;
                }
                int[] s = SCORES[(p + q) % SCORES.length];
                jdbc.sql("""
                                insert into charity.evaluations (project_id, year, quarter, evaluator, management_score,
                                    outcome_score, funds_score, satisfaction_score, disclosure_score, findings,
                                    evaluated_on, recorded_by)
                                values (:p, :y, :q, :e, :s0, :s1, :s2, :s3, :s4, :f, :on, 'demo')
                                on conflict (project_id, year, quarter) do nothing
                                """)
                        .param("p", project.id())
                        .param("y", period.year())
                        .param("q", period.quarter())
                        .param("e", EVALUATOR)
                        .param("s0", s[0])
                        .param("s1", s[1])
                        .param("s2", s[2])
                        .param("s3", s[3])
                        .param("s4", s[4])
                        .param("f", "演示评估：服务按计划开展，受益家庭回访满意；建议加强资金使用台账的按月公开。")
                        .param(
                                "on",
                                period.lastDay().plusDays(15).isAfter(today)
                                        ? today
                                        : period.lastDay().plusDays(15))
                        .update();
            }
        }
    }

    private void auditReports(int year) {
        List<Long> organisations = jdbc.sql("select id from charity.organisations where demo order by id")
                .query(Long.class)
                .list();
        for (long organisation : organisations) {
            byte[] pdf = DemoPdf.withLines(List.of(
                    "DEMONSTRATION DOCUMENT - not a real audit report",
                    "Minzheng demo data: audit of a demo charity organisation, year " + year,
                    "Opinion: unqualified (demo)"));
            StoredFile file = attachments.store(new Upload(
                    "demo-audit-report-" + year + ".pdf",
                    new ByteArrayInputStream(pdf),
                    pdf.length,
                    AuditReportService.OWNER,
                    null));
            long id = jdbc.sql("""
                            insert into charity.audit_reports (organisation_id, year, audit_firm, opinion, summary,
                                attachment_id, region_code, uploaded_by)
                            values (:org, :year, :firm, 'UNQUALIFIED', :summary, :file, :region, 'demo')
                            returning id
                            """)
                    .param("org", organisation)
                    .param("year", year)
                    .param("firm", FIRM)
                    .param("summary", "演示审计报告：年度财务报表在所有重大方面公允反映了财务状况，未发现挪用善款情况。")
                    .param("file", file.id().toString())
                    .param("region", CITY)
                    .query(Long.class)
                    .single();
            attachments.attach(file.id(), AuditReportService.OWNER, String.valueOf(id));
        }
    }

    private void awards(List<DemoProject> projects, LocalDate today) {
        long cycle = jdbc.sql("""
                        insert into charity.award_cycles (name, first_year, last_year, nominations_close, status,
                            published_on, created_by)
                        values (:name, 2025, 2026, :close, 'PUBLISHED', :published, 'demo')
                        returning id
                        """)
                .param("name", CYCLE)
                .param("close", today.minusMonths(2))
                .param("published", today.minusDays(10))
                .query(Long.class)
                .single();
        nominate(cycle, "ENTERPRISE", "滨州渤海爱心实业有限公司（演示）", null, "连续三年冠名“一日捐”，捐建乡村幸福院两处。", true, 95);
        nominate(cycle, "ENTERPRISE", "滨州黄河三角洲食品有限公司（演示）", null, "为困难家庭学生设立助学金，每年资助百余名学生。", true, 91);
        nominate(cycle, "ENTERPRISE", "滨州鲁北新材料股份有限公司（演示）", null, "疫情和汛期捐赠物资，参与村级互助基金。", true, 88);
        nominate(cycle, "PERSON", "王秀兰（演示）", null, "二十年照料邻村孤寡老人，带动组建志愿服务队。", true, 96);
        nominate(cycle, "PERSON", "李建国（演示）", null, "退休教师，义务为留守儿童辅导功课八年。", true, 92);
        nominate(cycle, "PERSON", "孙立华（演示）", null, "多年匿名资助大病患者家庭，本人不愿公开姓名。", false, 90);
        String[] deeds = {"居家安养服务覆盖全市困难老人，回访满意度高。", "助学项目帮扶困难家庭学生完成学业。"};
        for (int i = 0; i < Math.min(2, projects.size()); i++) {
            long project = projects.get(i).id();
            String name = jdbc.sql("select name from charity.projects where id = :id")
                    .param("id", project)
                    .query(String.class)
                    .single();
            nominate(cycle, "PROJECT", name, project, deeds[i], true, 94 - i * 3);
        }
    }

    private void nominate(
            long cycle, String category, String nominee, Long project, String deeds, boolean consent, int score) {
        jdbc.sql("""
                        insert into charity.nominations (cycle_id, category, nominee, project_id, deeds,
                            publish_consent, score, winner, region_code, nominated_by)
                        values (:cycle, :category, :nominee, :project, :deeds, :consent, :score, true, :region, 'demo')
                        """)
                .param("cycle", cycle)
                .param("category", category)
                .param("nominee", nominee)
                .param("project", project)
                .param("deeds", deeds)
                .param("consent", consent)
                .param("score", score)
                .param("region", CITY)
                .update();
    }
}
