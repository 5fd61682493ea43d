package org.minzheng.lottery.channel;

import java.time.LocalDate;
import java.util.UUID;
import org.minzheng.shared.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows for the lottery channel tests, written with SQL and named uniquely so tests never meet each other's data. */
public record LotteryFixtures(JdbcClient jdbc) {

    public static final String BINCHENG = "371602000000";
    public static final String PENGLI = "371602005000";

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid credit code nobody else has: 17 random characters of the alphabet and the check character. */
    public static String creditCode() {
        StringBuilder first17 = new StringBuilder("91371600");
        String digits = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        for (int i = 0; first17.length() < 17; i++) {
            char c = digits.charAt(i);
            if (CreditCode.ALPHABET.indexOf(c) >= 0) {
                first17.append(c);
            }
        }
        return first17.toString() + CreditCode.checkChar(first17.toString());
    }

    /** A unique 8-digit outlet code starting 9 so it never meets the demo outlets (3716…). */
    public static String outletCode() {
        return "9" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
    }

    public long team(String name, String kind) {
        return jdbc.sql("insert into lottery.teams (name, kind) values (:name, :kind) returning id")
                .param("name", name)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    public long member(long team, String name) {
        return jdbc.sql("""
                        insert into lottery.team_members (team_id, name, role, joined_on)
                        values (:team, :name, 'MEMBER', date '2020-01-01') returning id
                        """)
                .param("team", team)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    public long partner(String name) {
        return jdbc.sql("""
                        insert into lottery.partners (name, kind, credit_code, contact_name, region_code, created_by)
                        values (:name, 'CHAIN', :code, '测试联系人', :region, 'test') returning id
                        """)
                .param("name", name)
                .param("code", creditCode())
                .param("region", BINCHENG)
                .query(Long.class)
                .single();
    }

    public long agreement(long partner, String number, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        insert into lottery.agreements (partner_id, number, signed_on, valid_from, valid_to,
                            planned_outlets, terms, created_by)
                        values (:partner, :number, :from, :from, :to, 5, '测试条款', 'test') returning id
                        """)
                .param("partner", partner)
                .param("number", number)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    public long outlet(String code, String name, String kind, String region, LocalDate opened, long team) {
        return jdbc.sql("""
                        insert into lottery.outlets (code, name, kind, address, region_code, opened_on,
                            opened_by_team_id, serviced_by_team_id, created_by)
                        values (:code, :name, :kind, '测试路 1 号', :region, :opened, :team, :team, 'test')
                        returning id
                        """)
                .param("code", code)
                .param("name", name)
                .param("kind", kind)
                .param("region", region)
                .param("opened", opened)
                .param("team", team)
                .query(Long.class)
                .single();
    }

    public long count(String sql, Object value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    public long audits(String action, long targetId) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :action and target_id = :id")
                .param("action", action)
                .param("id", String.valueOf(targetId))
                .query(Long.class)
                .single();
    }

    public static java.util.List<java.util.List<String>> cells(byte[] xlsx) throws java.io.IOException {
        var rows = new java.util.ArrayList<java.util.List<String>>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                var cells = new java.util.ArrayList<String>();
                row.forEach(c -> cells.add(format.formatCellValue(c)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
