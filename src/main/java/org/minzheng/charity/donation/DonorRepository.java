package org.minzheng.charity.donation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import org.minzheng.shared.Masking;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Donors in {@code charity.donors}; the phone encrypted, with a masked copy for the pages. */
@Repository
class DonorRepository {

    static final String PHONE = "charity.donor.phone";
    private static final String DONOR = """
            select d.id, d.kind, d.name, d.credit_code, d.contact_name, d.phone_masked, d.named_consent,
                   d.region_code, d.demo, d.created_by,
                   coalesce((select sum(g.amount_fen) from charity.donations g
                             where g.donor_id = d.id and g.status = 'RECEIVED'), 0),
                   (select count(*) from charity.donations g where g.donor_id = d.id and g.status = 'RECEIVED')
            from charity.donors d
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    DonorRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Page<Donor> search(DataScope scope, String text, DonorKind kind, Long project, Pageable page) {
        String where = " where " + KeepingRegion.visible("d") + """
                 and (cast(:kind as varchar) is null or d.kind = :kind)
                 and (cast(:project as bigint) is null or exists (select 1 from charity.donations g
                      where g.donor_id = d.id and g.project_id = :project and g.status = 'RECEIVED'))
                 and (cast(:text as varchar) is null or d.name ilike '%' || :text || '%' escape '\\'
                      or d.credit_code ilike '%' || :text || '%' escape '\\')
                """;
        String like = text == null || text.isBlank() ? null : Like.escape(text.strip());
        String kindName = kind == null ? null : kind.name();
        long total = jdbc.sql("select count(*) from charity.donors d" + where)
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .param("kind", kindName)
                .param("project", project)
                .param("text", like)
                .query(Long.class)
                .single();
        var statement = jdbc.sql(DONOR + where + " order by d.created_at desc, d.id desc"
                        + (page.isPaged() ? " limit :limit offset :offset" : ""))
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .param("kind", kindName)
                .param("project", project)
                .param("text", like);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(statement.query(DonorRepository::donor).list(), page, total);
    }

    Optional<Donor> find(long id, DataScope scope) {
        return jdbc.sql(DONOR + " where d.id = :id and " + KeepingRegion.visible("d"))
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", KeepingRegion.above(scope))
                .query(DonorRepository::donor)
                .optional();
    }

    /** Whether a donor other than {@code exceptId} carries the credit code. */
    boolean creditCodeTaken(String creditCode, Long exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from charity.donors where credit_code = :code
                                       and (cast(:except as bigint) is null or id <> :except))
                        """)
                .param("code", creditCode)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(DonorForm form, RegionCode region, boolean demo, String by) {
        String phone = canonicalPhone(form.phoneOrNull());
        return jdbc.sql("""
                        insert into charity.donors (kind, name, credit_code, contact_name, phone_cipher, phone_masked,
                            named_consent, region_code, demo, created_by)
                        values (:kind, :name, :code, :contact, :cipher, :masked, :consent, :region, :demo, :by)
                        returning id
                        """)
                .param("kind", form.kind().name())
                .param("name", form.name().strip())
                .param("code", form.kind().needsCreditCode() ? form.creditCodeOrNull() : null)
                .param("contact", form.contactOrNull())
                .param("cipher", cipher.encrypt(phone, PHONE), Types.BINARY)
                .param("masked", phone == null ? null : Masking.phone(phone))
                .param("consent", form.consents())
                .param("region", region.value())
                .param("demo", demo)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Updates the donor; a blank phone keeps the one on file. */
    void update(long id, DonorForm form) {
        String phone = canonicalPhone(form.phoneOrNull());
        jdbc.sql("""
                        update charity.donors set kind = :kind, name = :name, credit_code = :code,
                            contact_name = :contact, named_consent = :consent, updated_at = now(),
                            phone_cipher = case when :hasPhone then :cipher else phone_cipher end,
                            phone_masked = case when :hasPhone then :masked else phone_masked end
                        where id = :id
                        """)
                .param("id", id)
                .param("kind", form.kind().name())
                .param("name", form.name().strip())
                .param("code", form.kind().needsCreditCode() ? form.creditCodeOrNull() : null)
                .param("contact", form.contactOrNull())
                .param("consent", form.consents())
                .param("hasPhone", phone != null)
                .param("cipher", cipher.encrypt(phone, PHONE), Types.BINARY)
                .param("masked", phone == null ? null : Masking.phone(phone))
                .update();
    }

    private static String canonicalPhone(String typed) {
        return typed == null ? null : PhoneNumber.parse(typed).value();
    }

    private static Donor donor(ResultSet rs, int n) throws SQLException {
        return new Donor(
                rs.getLong(1),
                DonorKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getString(8),
                rs.getBoolean(9),
                rs.getString(10),
                rs.getLong(11),
                rs.getInt(12));
    }
}
