package org.minzheng.charity.project;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Projects, their organisations, needs and beneficiaries in {@code charity}. A staff member sees the projects of
 * their area and those proposed by the county or city above them, since those cover their area too.
 */
@Repository
class ProjectRepository {

    private static final String PROJECT = """
            select p.id, p.name, p.goal, p.budget_fen, p.target_beneficiaries, o.name, o.credit_code, o.contact,
                   p.region_code, p.starts_on, p.ends_on, p.status, p.created_by,
                   array(select n.category_code from charity.project_needs n join charity.need_categories c
                         on c.code = n.category_code where n.project_id = p.id order by c.sort)
            from charity.projects p join charity.organisations o on o.id = p.organisation_id
            """;
    private static final String VISIBLE = "(p.region_code like :prefix || '%' or p.region_code in (:above))";

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NeedName> categories() {
        return jdbc.sql("select code, name_zh, name_en from charity.need_categories order by sort")
                .query((rs, n) -> new NeedName(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    Page<Project> search(DataScope scope, String text, ProjectStatus status, Pageable page) {
        String where = " where " + VISIBLE + """
                 and (cast(:status as varchar) is null or p.status = :status)
                 and (cast(:text as varchar) is null or p.name ilike '%' || :text || '%' escape '\\'
                      or o.name ilike '%' || :text || '%' escape '\\')
                """;
        String like = text == null || text.isBlank() ? null : Like.escape(text.strip());
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("select count(*) from charity.projects p join charity.organisations o"
                        + " on o.id = p.organisation_id" + where)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .param("status", statusName)
                .param("text", like)
                .query(Long.class)
                .single();
        var statement = jdbc.sql(PROJECT + where + " order by p.created_at desc, p.id desc"
                        + (page.isPaged() ? " limit :limit offset :offset" : ""))
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .param("status", statusName)
                .param("text", like);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(ProjectRepository::project).list(), page, total);
    }

    /** The project when the staff member may see it. */
    Optional<Project> find(long id, DataScope scope) {
        return jdbc.sql(PROJECT + " where p.id = :id and " + VISIBLE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", above(scope))
                .query(ProjectRepository::project)
                .optional();
    }

    /** Finds or creates the organisation by name, keeping a known credit code and contact when none is given. */
    long organisation(String name, String creditCode, String contact) {
        return jdbc.sql("""
                        insert into charity.organisations (name, credit_code, contact) values (:name, :code, :contact)
                        on conflict (name) do update
                            set credit_code = coalesce(excluded.credit_code, organisations.credit_code),
                                contact = coalesce(excluded.contact, organisations.contact)
                        returning id
                        """)
                .param("name", name)
                .param("code", creditCode)
                .param("contact", contact)
                .query(Long.class)
                .single();
    }

    /** Whether another organisation than {@code name} already carries the credit code. */
    boolean creditCodeTakenByOther(String creditCode, String name) {
        return jdbc.sql("select count(*) from charity.organisations where credit_code = :code and name <> :name")
                        .param("code", creditCode)
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(ProjectForm form, long budgetFen, long organisationId, RegionCode region, String createdBy) {
        long id = jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, created_by)
                        values (:name, :goal, :budget, :target, :org, :region, :starts, :ends, :by)
                        returning id
                        """)
                .param("name", form.name().strip())
                .param("goal", form.goal().strip())
                .param("budget", budgetFen)
                .param("target", form.targetBeneficiaries())
                .param("org", organisationId)
                .param("region", region.value())
                .param("starts", form.startsOn())
                .param("ends", form.endsOn())
                .param("by", createdBy)
                .query(Long.class)
                .single();
        addNeeds(id, form.needs());
        return id;
    }

    void update(long id, ProjectForm form, long budgetFen, long organisationId) {
        jdbc.sql("""
                        update charity.projects set name = :name, goal = :goal, budget_fen = :budget,
                            target_beneficiaries = :target, organisation_id = :org, starts_on = :starts,
                            ends_on = :ends, updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name().strip())
                .param("goal", form.goal().strip())
                .param("budget", budgetFen)
                .param("target", form.targetBeneficiaries())
                .param("org", organisationId)
                .param("starts", form.startsOn())
                .param("ends", form.endsOn())
                .update();
        jdbc.sql("delete from charity.project_needs where project_id = :id and category_code not in (:needs)")
                .param("id", id)
                .param("needs", form.needs())
                .update();
        addNeeds(id, form.needs());
    }

    /** Need categories of the project that have beneficiaries and are missing from {@code kept}. */
    List<String> needsInUse(long id, List<String> kept) {
        return jdbc.sql("""
                        select distinct category_code from charity.beneficiaries
                        where project_id = :id and category_code not in (:kept)
                        """)
                .param("id", id)
                .param("kept", kept)
                .query(String.class)
                .list();
    }

    private void addNeeds(long id, List<String> needs) {
        for (String need : needs) {
            jdbc.sql("""
                            insert into charity.project_needs (project_id, category_code) values (:id, :need)
                            on conflict do nothing
                            """).param("id", id).param("need", need).update();
        }
    }

    void setStatus(long id, ProjectStatus status) {
        jdbc.sql("update charity.projects set status = :status, updated_at = now() where id = :id")
                .param("id", id)
                .param("status", status.name())
                .update();
    }

    /** The project's beneficiaries living within the scope. */
    List<Beneficiary> beneficiaries(long projectId, DataScope scope) {
        return jdbc.sql("""
                        select id, household_id, household_number, head_name_masked, category_code, reason, added_by
                        from charity.beneficiaries
                        where project_id = :id and region_code like :prefix || '%'
                        order by added_at, id
                        """)
                .param("id", projectId)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new Beneficiary(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    Optional<Beneficiary> beneficiary(long projectId, long beneficiaryId, DataScope scope) {
        return beneficiaries(projectId, scope).stream()
                .filter(b -> b.id() == beneficiaryId)
                .findFirst();
    }

    boolean isBeneficiary(long projectId, long householdId) {
        return jdbc.sql("select count(*) from charity.beneficiaries where project_id = :p and household_id = :h")
                        .param("p", projectId)
                        .param("h", householdId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Names of the other open projects that already help the household for the same need. */
    List<String> otherOpenProjects(long projectId, long householdId, String category) {
        return jdbc.sql("""
                        select p.name from charity.beneficiaries b join charity.projects p on p.id = b.project_id
                        where b.household_id = :h and b.category_code = :c and b.project_id <> :p
                          and p.status <> 'CLOSED'
                        order by p.id
                        """)
                .param("h", householdId)
                .param("c", category)
                .param("p", projectId)
                .query(String.class)
                .list();
    }

    long addBeneficiary(
            long projectId,
            long householdId,
            String category,
            RegionCode village,
            String householdNumber,
            String headNameMasked,
            String reason,
            String addedBy) {
        return jdbc.sql("""
                        insert into charity.beneficiaries (project_id, household_id, category_code, region_code,
                            household_number, head_name_masked, reason, added_by)
                        values (:p, :h, :c, :region, :number, :head, :reason, :by)
                        returning id
                        """)
                .param("p", projectId)
                .param("h", householdId)
                .param("c", category)
                .param("region", village.value())
                .param("number", householdNumber)
                .param("head", headNameMasked)
                .param("reason", reason)
                .param("by", addedBy)
                .query(Long.class)
                .single();
    }

    void removeBeneficiary(long beneficiaryId) {
        jdbc.sql("delete from charity.beneficiaries where id = :id")
                .param("id", beneficiaryId)
                .update();
    }

    /**
     * Open projects (fundraising or running) the staff member can change that share a need with the project: the
     * "similar projects" a closing project's leftover may go to (慈善法 art. 58).
     */
    List<ProjectChoice> similarOpenProjects(long projectId, DataScope scope) {
        return jdbc.sql("""
                        select p.id, p.name
                        from charity.projects p
                        where p.id <> :id and p.status in ('FUNDRAISING', 'RUNNING')
                          and p.region_code like :prefix || '%'
                          and exists (select 1 from charity.project_needs mine join charity.project_needs theirs
                                      on theirs.category_code = mine.category_code
                                      where mine.project_id = :id and theirs.project_id = p.id)
                        order by p.name
                        """)
                .param("id", projectId)
                .param("prefix", scope.prefix())
                .query(ProjectChoice.class)
                .list();
    }

    /** The codes of the regions above the scope's root, whose projects cover the staff member's area. */
    private static List<String> above(DataScope scope) {
        List<String> codes = new ArrayList<>();
        Optional<RegionCode> parent = scope.root().parent();
        while (parent.isPresent()) {
            codes.add(parent.get().value());
            parent = parent.get().parent();
        }
        if (codes.isEmpty()) {
            codes.add("-");
        }
        return codes;
    }

    private static Project project(ResultSet rs, int n) throws SQLException {
        Array needs = rs.getArray(14);
        return new Project(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, java.time.LocalDate.class),
                rs.getObject(11, java.time.LocalDate.class),
                ProjectStatus.valueOf(rs.getString(12)),
                rs.getString(13),
                List.of((String[]) needs.getArray()));
    }
}
