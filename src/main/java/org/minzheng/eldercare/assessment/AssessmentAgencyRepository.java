package org.minzheng.eldercare.assessment;

import java.util.List;
import java.util.Optional;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessment agencies and their assessors as the console manages them, within the region they serve. */
@Repository
class AssessmentAgencyRepository {

    private static final String FILTERS = """
            (g.region_code like :prefix || '%')
            and (:text = '' or g.name like :like escape '\\' or g.credit_code = upper(:text))
            and (:status = '' or g.active = (:status = 'active'))
            """;

    private final JdbcClient jdbc;

    AssessmentAgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<AgencyListing> search(AgencySearch search, DataScope scope, Pageable page) {
        long total = filtered("select count(*) from eldercare.assessment_agencies g where " + FILTERS, search, scope)
                .query(Long.class)
                .single();
        List<AgencyListing> rows = filtered(
                        """
                        select g.id, g.name, g.credit_code, g.region_code, g.active, g.demo,
                               (select count(*) from eldercare.assessors s where s.agency_id = g.id and s.active) as active_assessors,
                               (select count(*) from eldercare.assessors s where s.agency_id = g.id) as assessors
                        from eldercare.assessment_agencies g
                        where """ + FILTERS + " order by g.region_code, g.name, g.id limit :limit offset :offset",
                        search,
                        scope)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new AgencyListing(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("credit_code"),
                        rs.getString("region_code"),
                        rs.getBoolean("active"),
                        rs.getLong("active_assessors"),
                        rs.getLong("assessors"),
                        rs.getBoolean("demo")))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, AgencySearch search, DataScope scope) {
        return jdbc.sql(sql)
                .param("prefix", scope.prefix())
                .param("text", search.text())
                .param("like", "%" + Like.escape(search.text()) + "%")
                .param("status", search.status());
    }

    Optional<AgencyDetails> find(long id, DataScope scope) {
        return jdbc.sql("""
                        select id, name, credit_code, contact_phone, region_code, active, demo
                        from eldercare.assessment_agencies g where g.id = :id and g.region_code like :prefix || '%'
                        """)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new AgencyDetails(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("credit_code"),
                        rs.getString("contact_phone"),
                        rs.getString("region_code"),
                        rs.getBoolean("active"),
                        rs.getBoolean("demo")))
                .optional();
    }

    /** Names are unique over all agencies, also those outside the staff member's area. */
    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("select exists (select 1 from eldercare.assessment_agencies where name = :name and id <> :id)")
                .param("name", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean creditCodeTaken(String creditCode, long exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from eldercare.assessment_agencies
                                       where credit_code = :code and id <> :id)
                        """)
                .param("code", creditCode)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(AgencyForm form, String phone) {
        return jdbc.sql("""
                        insert into eldercare.assessment_agencies (name, credit_code, contact_phone, region_code, active)
                        values (:name, :code, :phone, :region, true) returning id
                        """)
                .param("name", form.name())
                .param("code", blankToNull(form.creditCode()))
                .param("phone", phone)
                .param("region", form.regionCode())
                .query(Long.class)
                .single();
    }

    void update(long id, AgencyForm form, String phone) {
        jdbc.sql("""
                        update eldercare.assessment_agencies
                        set name = :name, credit_code = :code, contact_phone = :phone, region_code = :region,
                            active = :active, updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name())
                .param("code", blankToNull(form.creditCode()))
                .param("phone", phone)
                .param("region", form.regionCode())
                .param("active", form.active())
                .update();
    }

    List<AssessorListing> assessors(long agencyId) {
        return jdbc.sql("""
                        select id, name, certificate, phone, active, demo from eldercare.assessors
                        where agency_id = :agency order by active desc, id
                        """)
                .param("agency", agencyId)
                .query((rs, n) -> new AssessorListing(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("certificate"),
                        rs.getString("phone"),
                        rs.getBoolean("active"),
                        rs.getBoolean("demo")))
                .list();
    }

    boolean certificateTaken(String certificate) {
        return jdbc.sql("select exists (select 1 from eldercare.assessors where certificate = :certificate)")
                .param("certificate", certificate)
                .query(Boolean.class)
                .single();
    }

    long insertAssessor(long agencyId, AssessorForm form, String phone) {
        return jdbc.sql("""
                        insert into eldercare.assessors (agency_id, name, certificate, phone)
                        values (:agency, :name, :certificate, :phone) returning id
                        """)
                .param("agency", agencyId)
                .param("name", form.name())
                .param("certificate", form.certificate())
                .param("phone", phone)
                .query(Long.class)
                .single();
    }

    /** @return false when the assessor is not an active one of the agency */
    boolean deactivate(long agencyId, long assessorId) {
        return jdbc.sql("""
                        update eldercare.assessors set active = false
                        where id = :id and agency_id = :agency and active
                        """).param("id", assessorId).param("agency", agencyId).update() == 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
