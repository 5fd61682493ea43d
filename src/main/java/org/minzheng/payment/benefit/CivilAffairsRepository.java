package org.minzheng.payment.benefit;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A household's civil-affairs benefits, read from the assistance module's published recipients view and this
 * module's published ledger of money paid: the same sources the public lists use.
 */
@Repository
class CivilAffairsRepository {

    private final JdbcClient jdbc;

    CivilAffairsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A recipient (one case's benefit) of the household. */
    record Recipient(
            long id, Programme programme, boolean monthly, boolean running, RegionCode village, String headName) {}

    /** One month paid to a recipient. */
    record Paid(long recipientId, YearMonth month, Money amount, LocalDate paidOn) {}

    List<Recipient> recipientsOf(long householdId) {
        return jdbc.sql("""
                        select id, programme, kind, status, village_code, head_name from assistance.payable_recipients
                        where household_id = :household order by start_month desc, id desc
                        """)
                .param("household", householdId)
                .query((rs, n) -> new Recipient(
                        rs.getLong("id"),
                        Programme.valueOf(rs.getString("programme")),
                        "MONTHLY".equals(rs.getString("kind")),
                        "ACTIVE".equals(rs.getString("status")),
                        RegionCode.of(rs.getString("village_code")),
                        rs.getString("head_name")))
                .list();
    }

    /** Money paid to the recipients from {@code since}, newest month first. */
    List<Paid> paidTo(List<Long> recipientIds, YearMonth since) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select recipient_id, for_month, amount_fen, paid_on from payment.paid_ledger
                        where recipient_id in (:ids) and for_month >= :since
                        order by for_month desc, id desc
                        """)
                .param("ids", recipientIds)
                .param("since", Date.valueOf(since.atDay(1)))
                .query((rs, n) -> new Paid(
                        rs.getLong("recipient_id"),
                        YearMonth.from(rs.getDate("for_month").toLocalDate()),
                        Money.ofFen(rs.getLong("amount_fen")),
                        rs.getDate("paid_on") == null
                                ? null
                                : rs.getDate("paid_on").toLocalDate()))
                .list();
    }
}
