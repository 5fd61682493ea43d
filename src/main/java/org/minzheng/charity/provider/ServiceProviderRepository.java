package org.minzheng.charity.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Providers in {@code charity.providers}, seen by staff of the keeping region and of the regions below it. */
@Repository
class ServiceProviderRepository {

    private static final String COLUMNS = """
            select id, name, credit_code, kind, contact_name, contact_phone, address, region_code, demo
            from charity.providers
            """;
    private static final String VISIBLE = Keeping.visible("region_code");

    private final JdbcClient jdbc;

    ServiceProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param projectId when given, only the providers that bid for one of that project's tenders */
    Page<ServiceProvider> search(DataScope scope, Long projectId, String text, ProviderKind kind, Pageable page) {
        String where = " where " + VISIBLE + """
                 and (cast(:kind as varchar) is null or kind = :kind)
                 and (cast(:project as bigint) is null or exists (select 1 from charity.bids b
                      join charity.tenders t on t.id = b.tender_id
                      where b.provider_id = providers.id and t.project_id = :project))
                 and (cast(:text as varchar) is null or name ilike '%' || :text || '%' escape '\\'
                      or credit_code ilike '%' || :text || '%' escape '\\'
                      or contact_name ilike '%' || :text || '%' escape '\\')
                """;
        String like = text == null || text.isBlank() ? null : Like.escape(text.strip());
        String kindName = kind == null ? null : kind.name();
        long total = jdbc.sql("select count(*) from charity.providers" + where)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .param("kind", kindName)
                .param("project", projectId)
                .param("text", like)
                .query(Long.class)
                .single();
        var statement = jdbc.sql(
                        COLUMNS + where + " order by name, id" + (page.isPaged() ? " limit :limit offset :offset" : ""))
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .param("kind", kindName)
                .param("project", projectId)
                .param("text", like);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(
                statement.query(ServiceProviderRepository::provider).list(), page, total);
    }

    Optional<ServiceProvider> find(long id, DataScope scope) {
        return jdbc.sql(COLUMNS + " where id = :id and " + VISIBLE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .query(ServiceProviderRepository::provider)
                .optional();
    }

    /** Every provider the staff member sees, for the bid form's choice. */
    List<ServiceProvider> visible(DataScope scope) {
        return jdbc.sql(COLUMNS + " where " + VISIBLE + " order by name, id")
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .query(ServiceProviderRepository::provider)
                .list();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from charity.providers where name = :name and id <> :except)")
                .param("name", name)
                .param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean creditCodeTaken(String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from charity.providers where credit_code = :code and id <> :except)")
                .param("code", code)
                .param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(ServiceProviderForm form, RegionCode region, boolean demo, String by) {
        return jdbc.sql("""
                        insert into charity.providers (name, credit_code, kind, contact_name, contact_phone, address,
                            region_code, demo, created_by)
                        values (:name, :code, :kind, :contact, :phone, :address, :region, :demo, :by)
                        returning id
                        """)
                .param("name", form.name().strip())
                .param("code", form.normalisedCreditCode())
                .param("kind", form.kind())
                .param("contact", form.contactName().strip())
                .param("phone", form.contactPhone().strip())
                .param("address", form.addressOrNull())
                .param("region", region.value())
                .param("demo", demo)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void update(long id, ServiceProviderForm form) {
        jdbc.sql("""
                        update charity.providers set name = :name, credit_code = :code, kind = :kind,
                            contact_name = :contact, contact_phone = :phone, address = :address
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name().strip())
                .param("code", form.normalisedCreditCode())
                .param("kind", form.kind())
                .param("contact", form.contactName().strip())
                .param("phone", form.contactPhone().strip())
                .param("address", form.addressOrNull())
                .update();
    }

    /** The provider's bids on tenders the staff member sees. */
    List<ProviderBid> bids(long providerId, DataScope scope) {
        return jdbc.sql("""
                        select b.id, t.id, t.title, p.name, b.amount_fen, b.score, b.submitted_on, t.status,
                               exists (select 1 from charity.contracts c where c.bid_id = b.id)
                        from charity.bids b join charity.tenders t on t.id = b.tender_id
                             join charity.projects p on p.id = t.project_id
                        where b.provider_id = :provider and """ + " " + Keeping.visible("p.region_code") + """
                        order by b.submitted_on desc, b.id desc
                        """)
                .param("provider", providerId)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .query((rs, n) -> new ProviderBid(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        (Integer) rs.getObject(6),
                        rs.getObject(7, java.time.LocalDate.class),
                        TenderStatus.valueOf(rs.getString(8)),
                        rs.getBoolean(9)))
                .list();
    }

    private static ServiceProvider provider(ResultSet rs, int n) throws SQLException {
        return new ServiceProvider(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                ProviderKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getBoolean(9));
    }
}
