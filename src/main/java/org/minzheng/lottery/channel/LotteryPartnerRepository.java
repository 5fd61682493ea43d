package org.minzheng.lottery.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partners and their agreements; the contact's phone is kept encrypted with a masked copy for lists. */
@Repository
class LotteryPartnerRepository {

    static final String PHONE_CONTEXT = "lottery.partner.phone";

    private static final String SELECT = """
            select p.id, p.name, p.kind, p.credit_code, p.contact_name, p.phone_masked, p.region_code, p.active, p.demo,
                   (select coalesce(sum(a.planned_outlets), 0) from lottery.agreements a
                    where a.partner_id = p.id and a.status = 'ACTIVE'),
                   (select count(*) from lottery.outlets o where o.partner_id = p.id and o.closed_on is null)
            from lottery.partners p
            """;
    private static final String FILTER = """
             where p.region_code like :prefix || '%'
               and (cast(:kind as varchar) is null or p.kind = :kind)
               and (cast(:county as varchar) is null or p.region_code like :county || '%')
               and (cast(:q as varchar) is null or p.name like '%' || :q || '%' escape '\\'
                    or p.credit_code = upper(:q))
            """;
    private static final String AGREEMENT = """
            select a.id, a.partner_id, a.number, a.signed_on, a.valid_from, a.valid_to, a.planned_outlets, a.terms,
                   a.status, a.end_reason, (select count(*) from lottery.outlets o where o.agreement_id = a.id)
            from lottery.agreements a
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    LotteryPartnerRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Page<Partner> search(String prefix, PartnerSearch search, Pageable page) {
        long total = filtered("select count(*) from lottery.partners p" + FILTER, prefix, search)
                .query(Long.class)
                .single();
        var statement = filtered(
                SELECT + FILTER + " order by p.name, p.id" + (page.isPaged() ? " limit :limit offset :offset" : ""),
                prefix,
                search);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(LotteryPartnerRepository::partner).list(), page, total);
    }

    Optional<Partner> find(long id, String prefix) {
        return jdbc.sql(SELECT + " where p.id = :id and p.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", prefix)
                .query(LotteryPartnerRepository::partner)
                .optional();
    }

    boolean nameTaken(String name, Long exceptId) {
        return exists(
                "select exists (select 1 from lottery.partners where name = :v and id <> coalesce(:id, -1))",
                name,
                exceptId);
    }

    boolean creditCodeTaken(String code, Long exceptId) {
        return exists(
                "select exists (select 1 from lottery.partners where credit_code = :v and id <> coalesce(:id, -1))",
                code,
                exceptId);
    }

    boolean agreementNumberTaken(String number) {
        return jdbc.sql("select exists (select 1 from lottery.agreements where number = :v)")
                .param("v", number)
                .query(Boolean.class)
                .single();
    }

    long insert(LotteryPartnerForm form, String creditCode, String mobile, String createdBy) {
        return jdbc.sql("""
                        insert into lottery.partners (name, kind, credit_code, contact_name, phone_cipher, phone_masked,
                            region_code, created_by)
                        values (:name, :kind, :code, :contact, :cipher, :masked, :region, :by) returning id
                        """)
                .param("name", form.name().strip())
                .param("kind", form.kind())
                .param("code", creditCode)
                .param("contact", form.contactName().strip())
                .param("cipher", cipher.encrypt(mobile, PHONE_CONTEXT))
                .param("masked", Masking.phone(mobile))
                .param("region", form.regionCode())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    void update(long id, LotteryPartnerForm form, String creditCode, String mobileOrNull) {
        jdbc.sql("""
                        update lottery.partners set name = :name, kind = :kind, credit_code = :code,
                            contact_name = :contact, region_code = :region, updated_at = now(),
                            phone_cipher = coalesce(:cipher, phone_cipher),
                            phone_masked = coalesce(:masked, phone_masked)
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name().strip())
                .param("kind", form.kind())
                .param("code", creditCode)
                .param("contact", form.contactName().strip())
                .param("region", form.regionCode())
                .param("cipher", mobileOrNull == null ? null : cipher.encrypt(mobileOrNull, PHONE_CONTEXT))
                .param("masked", mobileOrNull == null ? null : Masking.phone(mobileOrNull))
                .update();
    }

    List<Agreement> agreements(long partnerId) {
        return jdbc.sql(AGREEMENT + " where a.partner_id = :id order by a.valid_from desc, a.id desc")
                .param("id", partnerId)
                .query(LotteryPartnerRepository::agreement)
                .list();
    }

    Optional<Agreement> agreement(long id) {
        return jdbc.sql(AGREEMENT + " where a.id = :id")
                .param("id", id)
                .query(LotteryPartnerRepository::agreement)
                .optional();
    }

    long insertAgreement(long partnerId, LotteryAgreementForm form, String createdBy) {
        return jdbc.sql("""
                        insert into lottery.agreements (partner_id, number, signed_on, valid_from, valid_to,
                            planned_outlets, terms, created_by)
                        values (:partner, :number, :signed, :from, :to, :planned, :terms, :by) returning id
                        """)
                .param("partner", partnerId)
                .param("number", form.number().strip())
                .param("signed", form.signedOn())
                .param("from", form.validFrom())
                .param("to", form.validTo())
                .param("planned", form.plannedOutlets())
                .param("terms", form.terms().strip())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    /** ENDED as planned (without a reason) or TERMINATED early (with one, as the schema requires). */
    void close(long agreementId, String status, String reasonOrNull) {
        jdbc.sql("update lottery.agreements set status = :status, end_reason = :reason where id = :id")
                .param("id", agreementId)
                .param("status", status)
                .param("reason", reasonOrNull)
                .update();
    }

    List<PartnerOutlet> outlets(long partnerId, String prefix) {
        return jdbc.sql("""
                        select o.id, o.code, o.name, o.kind, o.region_code, o.opened_on, o.closed_on, a.number
                        from lottery.outlets o left join lottery.agreements a on a.id = o.agreement_id
                        where o.partner_id = :id and o.region_code like :prefix || '%'
                        order by o.closed_on is not null, o.opened_on desc, o.code
                        """)
                .param("id", partnerId)
                .param("prefix", prefix)
                .query((rs, n) -> new PartnerOutlet(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)))
                .list();
    }

    private boolean exists(String sql, String value, Long id) {
        return jdbc.sql(sql)
                .param("v", value)
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, String prefix, PartnerSearch search) {
        return jdbc.sql(sql)
                .param("prefix", prefix)
                .param("kind", search.kind() == null ? null : search.kind().name())
                .param("county", search.county())
                .param(
                        "q",
                        search.q() == null || search.q().isBlank()
                                ? null
                                : Like.escape(search.q().strip()));
    }

    private static Partner partner(ResultSet rs, int n) throws SQLException {
        return new Partner(
                rs.getLong(1),
                rs.getString(2),
                PartnerKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getBoolean(9),
                rs.getInt(10),
                rs.getInt(11));
    }

    private static Agreement agreement(ResultSet rs, int n) throws SQLException {
        return new Agreement(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getInt(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getInt(11));
    }

    /** @param county significant digits of a county code, or null */
    record PartnerSearch(PartnerKind kind, String county, String q) {}

    record PartnerOutlet(
            long id,
            String code,
            String name,
            String kind,
            String regionCode,
            LocalDate openedOn,
            LocalDate closedOn,
            String agreementNumber) {

        public boolean newChannel() {
            return !"TRADITIONAL".equals(kind);
        }
    }
}
