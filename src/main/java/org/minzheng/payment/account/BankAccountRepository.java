package org.minzheng.payment.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of bank accounts, joined to the recipients register through its published view. */
@Repository
class BankAccountRepository {

    private static final String COLUMNS = """
            a.id, a.recipient_id, a.village_code, a.bank_name, a.holder_name, a.account_masked, a.sms_opt_out,
            a.demo, a.updated_by, a.updated_at, a.version
            """;

    private static final String LIST_FROM = """
            from assistance.payable_recipients r
            left join payment.accounts a on a.recipient_id = r.id
            where r.village_code like :prefix || '%'
              and r.kind = 'MONTHLY' and r.status <> 'ENDED'
              and (:name = '' or r.head_name like '%' || :name || '%')
              and (not :missing or a.id is null)
            """;

    private final JdbcClient jdbc;

    BankAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Running monthly recipients of the scope with their account, if any; those without one first. */
    Page<RecipientAccount> search(DataScope scope, String name, boolean missing, Pageable page) {
        Map<String, Object> params = Map.of("prefix", scope.prefix(), "name", Like.escape(name), "missing", missing);
        long total = jdbc.sql("select count(*) " + LIST_FROM)
                .params(params)
                .query(Long.class)
                .single();
        List<RecipientAccount> rows = jdbc.sql(
                        "select r.id as rid, r.case_number, r.head_name, r.programme,"
                                + " r.village_code as rvillage, r.demo as rdemo, " + COLUMNS + LIST_FROM
                                + " order by (a.id is null) desc, r.village_code, r.head_name, r.id limit :limit offset :offset")
                .params(params)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new RecipientAccount(
                        rs.getLong("rid"),
                        rs.getString("case_number"),
                        rs.getString("head_name"),
                        rs.getString("programme"),
                        new RegionCode(rs.getString("rvillage")),
                        rs.getBoolean("rdemo"),
                        rs.getObject("id") == null ? null : account(rs)))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    Optional<RecipientAccount> recipient(long recipientId, DataScope scope) {
        return jdbc.sql("select r.id as rid, r.case_number, r.head_name, r.programme, r.village_code as rvillage,"
                        + " r.demo as rdemo, " + COLUMNS + """
                         from assistance.payable_recipients r
                        left join payment.accounts a on a.recipient_id = r.id
                        where r.id = :id and r.village_code like :prefix || '%'
                        """)
                .param("id", recipientId)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new RecipientAccount(
                        rs.getLong("rid"),
                        rs.getString("case_number"),
                        rs.getString("head_name"),
                        rs.getString("programme"),
                        new RegionCode(rs.getString("rvillage")),
                        rs.getBoolean("rdemo"),
                        rs.getObject("id") == null ? null : account(rs)))
                .optional();
    }

    /** @return false when someone changed the account since {@code version} was read */
    boolean save(
            long recipientId,
            RegionCode village,
            String bank,
            String holder,
            byte[] cipher,
            String masked,
            boolean smsOptOut,
            boolean demo,
            long version,
            String by) {
        if (version < 0) {
            return jdbc.sql("""
                                    insert into payment.accounts (recipient_id, village_code, bank_name, holder_name,
                                        account_cipher, account_masked, sms_opt_out, demo, updated_by)
                                    values (:recipient, :village, :bank, :holder, :cipher, :masked, :optOut, :demo, :by)
                                    on conflict (recipient_id) do nothing
                                    """)
                            .param("recipient", recipientId)
                            .param("village", village.value())
                            .param("bank", bank)
                            .param("holder", holder)
                            .param("cipher", cipher)
                            .param("masked", masked)
                            .param("optOut", smsOptOut)
                            .param("demo", demo)
                            .param("by", by)
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                                update payment.accounts
                                set bank_name = :bank, holder_name = :holder, account_cipher = :cipher,
                                    account_masked = :masked, sms_opt_out = :optOut, updated_by = :by,
                                    updated_at = now(), version = version + 1
                                where recipient_id = :recipient and version = :version
                                """)
                        .param("recipient", recipientId)
                        .param("bank", bank)
                        .param("holder", holder)
                        .param("cipher", cipher)
                        .param("masked", masked)
                        .param("optOut", smsOptOut)
                        .param("by", by)
                        .param("version", version)
                        .update()
                == 1;
    }

    Optional<byte[]> cipherOf(long accountId) {
        return jdbc.sql("select account_cipher from payment.accounts where id = :id")
                .param("id", accountId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static BankAccount account(ResultSet rs) throws SQLException {
        return new BankAccount(
                rs.getLong("id"),
                rs.getLong("recipient_id"),
                new RegionCode(rs.getString("village_code")),
                rs.getString("bank_name"),
                rs.getString("holder_name"),
                rs.getString("account_masked"),
                rs.getBoolean("sms_opt_out"),
                rs.getBoolean("demo"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    /** A running recipient and its account, null when none was given yet. */
    record RecipientAccount(
            long recipientId,
            String caseNumber,
            String headName,
            String programme,
            RegionCode village,
            boolean demo,
            BankAccount account) {}
}
