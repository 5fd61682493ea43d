package org.minzheng.eldercare.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Providers with their contracts, areas and complaints. A provider is within a scope when its county is,
 * or when it serves a township within it: township staff see the providers working in their township.
 */
@Repository
class ProviderRepository {

    private static final String IN_SCOPE = """
            (p.county_code like :prefix || '%'
             or exists (select 1 from eldercare.provider_areas a
                        where a.provider_id = p.id and a.township_code like :prefix || '%'))
            """;

    private static final String FILTERS = """
            and (:county = '' or p.county_code = :county)
            and (:text = '' or p.name like :like escape '\\' or p.credit_code = upper(:text))
            and (:status = ''
                 or (:status = 'contracted') = exists (select 1 from eldercare.provider_contracts c
                        where c.provider_id = p.id and :today between c.valid_from and c.valid_to))
            """;

    private final JdbcClient jdbc;

    ProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<ProviderListing> search(ProviderSearch search, DataScope scope, LocalDate today, Pageable page) {
        long total = filtered(
                        "select count(*) from eldercare.providers p where " + IN_SCOPE + FILTERS, search, scope, today)
                .query(Long.class)
                .single();
        List<ProviderListing> rows = filtered(
                        """
                        select p.id, p.name, p.credit_code, p.county_code,
                               exists (select 1 from eldercare.provider_contracts c
                                       where c.provider_id = p.id and :today between c.valid_from and c.valid_to) as contracted,
                               (select count(*) from eldercare.caregivers g where g.provider_id = p.id and g.active) as caregivers,
                               (select count(*) from eldercare.provider_complaints x
                                where x.provider_id = p.id and x.closed_at is null) as open_complaints,
                               p.demo
                        from eldercare.providers p
                        where """ + IN_SCOPE + FILTERS + " order by p.county_code, p.name, p.id limit :limit offset :offset",
                        search,
                        scope,
                        today)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new ProviderListing(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("credit_code"),
                        rs.getString("county_code"),
                        rs.getBoolean("contracted"),
                        rs.getLong("caregivers"),
                        rs.getLong("open_complaints"),
                        rs.getBoolean("demo")))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, ProviderSearch search, DataScope scope, LocalDate today) {
        return jdbc.sql(sql)
                .param("prefix", scope.prefix())
                .param("county", search.county())
                .param("text", search.text())
                .param("like", "%" + Like.escape(search.text()) + "%")
                .param("status", search.status())
                .param("today", today);
    }

    Optional<ProviderDetails> find(long id, DataScope scope) {
        return jdbc.sql("""
                        select p.id, p.name, p.credit_code, p.contact_name, p.contact_phone, p.county_code, p.demo
                        from eldercare.providers p where p.id = :id and """ + IN_SCOPE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new ProviderDetails(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .optional();
    }

    boolean creditCodeTaken(String creditCode, long exceptId) {
        return jdbc.sql("select exists (select 1 from eldercare.providers where credit_code = :code and id <> :id)")
                .param("code", creditCode)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(ProviderForm form, boolean demo) {
        return jdbc.sql("""
                        insert into eldercare.providers (name, credit_code, contact_name, contact_phone, county_code, demo)
                        values (:name, :code, :contactName, :contactPhone, :county, :demo) returning id
                        """)
                .param("name", form.name())
                .param("code", form.creditCode())
                .param("contactName", form.contactName())
                .param("contactPhone", form.contactPhone())
                .param("county", form.countyCode())
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    void update(long id, ProviderForm form) {
        jdbc.sql("""
                        update eldercare.providers set name = :name, credit_code = :code, contact_name = :contactName,
                            contact_phone = :contactPhone, county_code = :county, updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name())
                .param("code", form.creditCode())
                .param("contactName", form.contactName())
                .param("contactPhone", form.contactPhone())
                .param("county", form.countyCode())
                .update();
    }

    void replaceAreas(long id, List<String> townships) {
        jdbc.sql("delete from eldercare.provider_areas where provider_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("""
                        insert into eldercare.provider_areas (provider_id, township_code)
                        select :id, t from unnest(cast(:townships as text[])) as t
                        """)
                .param("id", id)
                .param("townships", townships.toArray(String[]::new))
                .update();
    }

    List<String> areas(long id) {
        return jdbc.sql("select township_code from eldercare.provider_areas where provider_id = :id order by 1")
                .param("id", id)
                .query(String.class)
                .list();
    }

    boolean contractNumberTaken(long providerId, String number) {
        return jdbc.sql(
                        "select exists (select 1 from eldercare.provider_contracts where provider_id = :id and number = :number)")
                .param("id", providerId)
                .param("number", number)
                .query(Boolean.class)
                .single();
    }

    void insertContract(long providerId, ContractForm form) {
        jdbc.sql("""
                        insert into eldercare.provider_contracts (provider_id, number, valid_from, valid_to)
                        values (:id, :number, :from, :to)
                        """)
                .param("id", providerId)
                .param("number", form.number())
                .param("from", form.validFrom())
                .param("to", form.validTo())
                .update();
    }

    List<ContractView> contracts(long providerId) {
        return jdbc.sql("""
                        select number, valid_from, valid_to from eldercare.provider_contracts
                        where provider_id = :id order by valid_from desc, id desc
                        """)
                .param("id", providerId)
                .query((rs, n) -> new ContractView(
                        rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    long insertComplaint(long providerId, ComplaintForm form) {
        return jdbc.sql("""
                        insert into eldercare.provider_complaints (provider_id, caregiver_id, received_on, channel, content)
                        values (:id, :caregiver, :receivedOn, :channel, :content) returning id
                        """)
                .param("id", providerId)
                .param("caregiver", form.caregiverId(), java.sql.Types.BIGINT)
                .param("receivedOn", form.receivedOn())
                .param("channel", form.channel())
                .param("content", form.content())
                .query(Long.class)
                .single();
    }

    boolean close(long providerId, long complaintId, String result) {
        return jdbc.sql("""
                        update eldercare.provider_complaints set result = :result, closed_at = now()
                        where id = :complaint and provider_id = :id and closed_at is null
                        """)
                        .param("id", providerId)
                        .param("complaint", complaintId)
                        .param("result", result)
                        .update()
                == 1;
    }

    List<ComplaintView> complaints(long providerId) {
        return jdbc.sql("""
                        select x.id, x.received_on, x.channel, g.name, x.content, x.result, x.closed_at
                        from eldercare.provider_complaints x
                        left join eldercare.caregivers g on g.id = x.caregiver_id
                        where x.provider_id = :id order by x.closed_at is null desc, x.received_on desc, x.id desc
                        """)
                .param("id", providerId)
                .query((rs, n) -> new ComplaintView(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class)))
                .list();
    }
}
