package org.minzheng.lottery.sales;

import java.time.LocalDate;
import java.util.UUID;
import org.minzheng.lottery.channel.LotteryFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sales of outlets made with SQL: teams (through the channel fixtures), members from a given day, outlets with
 * their opening and closing dates, and daily sales figures.
 */
public final class SalesFixtures {

    private final JdbcClient jdbc;

    public SalesFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public long team(String name) {
        return new LotteryFixtures(jdbc).team(name + unique(), "OUTLET_MANAGERS");
    }

    public long member(long team, String name, LocalDate joined) {
        return jdbc.sql("insert into lottery.team_members (team_id, name, role, joined_on)"
                        + " values (:team, :name, 'MEMBER', :joined) returning id")
                .param("team", team)
                .param("name", name)
                .param("joined", joined)
                .query(Long.class)
                .single();
    }

    /** @return the outlet's code */
    public String outlet(String kind, long team, Long member, LocalDate opened, LocalDate closed) {
        String code = "T" + unique();
        jdbc.sql("""
                        insert into lottery.outlets (code, name, kind, address, region_code, opened_on, closed_on,
                               close_reason, opened_by_team_id, opened_by_member_id, serviced_by_team_id,
                               serviced_by_member_id, created_by)
                        values (:code, :name, :kind, 'test', '371602005000', :opened, :closed, :reason, :team, :member,
                               :team, :member, 'test')
                        """)
                .param("code", code)
                .param("name", "网点" + code)
                .param("kind", kind)
                .param("opened", opened)
                .param("closed", closed)
                .param("reason", closed == null ? null : "test")
                .param("team", team)
                .param("member", member)
                .update();
        return code;
    }

    public long outletId(String code) {
        return jdbc.sql("select id from lottery.outlets where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    public void sale(String code, String game, LocalDate day, long fen) {
        long importId = jdbc.sql("""
                        insert into lottery.sales_imports (file_name, sha256, first_day, last_day, rows_read,
                               rows_added, rows_changed, rows_same, total_fen, imported_by)
                        values ('fixture', :sha, :day, :day, 1, 1, 0, 0, :fen, 'test') returning id
                        """)
                .param("sha", UUID.randomUUID().toString())
                .param("day", day)
                .param("fen", fen)
                .query(Long.class)
                .single();
        jdbc.sql("insert into lottery.sales (outlet_id, game, sales_date, amount_fen, import_id)"
                        + " values (:outlet, :game, :day, :fen, :import)")
                .param("outlet", outletId(code))
                .param("game", game)
                .param("day", day)
                .param("fen", fen)
                .param("import", importId)
                .update();
    }
}
