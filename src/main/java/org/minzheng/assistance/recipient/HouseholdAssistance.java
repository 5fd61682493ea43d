package org.minzheng.assistance.recipient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.minzheng.assistance.Programme;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.spi.ReceivedAssistance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the register which social assistance a household receives, from the recipients register. */
@Component
class HouseholdAssistance implements ReceivedAssistance {

    private final JdbcClient jdbc;

    HouseholdAssistance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Benefit> of(HouseholdId household) {
        return jdbc.sql("""
                        select id, programme, kind, amount_fen, start_month, end_month, status
                        from assistance.recipients where household_id = :household
                        order by start_month desc, id desc
                        """)
                .param("household", household.value())
                .query((rs, n) -> {
                    LocalDate end = rs.getObject("end_month", LocalDate.class);
                    return new Benefit(
                            Programme.valueOf(rs.getString("programme")).labelKey(),
                            rs.getLong("amount_fen"),
                            "MONTHLY".equals(rs.getString("kind")),
                            YearMonth.from(rs.getObject("start_month", LocalDate.class)),
                            end == null ? null : YearMonth.from(end),
                            "recipient.status." + rs.getString("status"),
                            "/console/assistance/recipients/" + rs.getLong("id"));
                })
                .list();
    }
}
