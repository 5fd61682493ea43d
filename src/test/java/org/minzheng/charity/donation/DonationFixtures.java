package org.minzheng.charity.donation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.shared.CreditCode;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the donation tests share: their own projects and donors made with SQL under unique names, and the forms
 * a clerk submits. The tests commit for real, so that a refused save is shown to leave nothing behind; they
 * look only at their own rows.
 */
abstract class DonationFixtures {

    static final String DONATIONS = "/console/charity/donations";
    static final String DONORS = "/console/charity/donors";
    static final String PLEDGES = "/console/charity/pledges";
    static final String GENERAL_FUND = "/console/charity/general-fund";
    static final String CITY = "371600000000";
    static final String BINCHENG = "371602000000";
    static final String ZHANHUA = "371603000000";
    private static final AtomicInteger CODES =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(90_000));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    long project(String name, String region, String status) {
        long organisation = jdbc.sql("""
                        insert into charity.organisations (name) values (:name)
                        on conflict (name) do update set name = excluded.name returning id
                        """)
                .param("name", "捐赠测试慈善会" + unique)
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by)
                        values (:name, '测试项目目标', 100000000, 10, :org, :region, :starts, :ends, :status, 'test')
                        returning id
                        """)
                .param("name", name + unique)
                .param("org", organisation)
                .param("region", region)
                .param("starts", KeepingRegion.today().minusMonths(1))
                .param("ends", KeepingRegion.today().plusMonths(11))
                .param("status", status)
                .query(Long.class)
                .single();
    }

    long donor(String name, String region) {
        return jdbc.sql("""
                        insert into charity.donors (kind, name, region_code, created_by)
                        values ('INDIVIDUAL', :name, :region, 'test') returning id
                        """)
                .param("name", name + unique)
                .param("region", region)
                .query(Long.class)
                .single();
    }

    /** A well-formed credit code no other test uses. */
    static String creditCode() {
        String first17 = "91371602MA8T" + "%05d".formatted(CODES.incrementAndGet() % 100_000);
        return first17 + CreditCode.checkChar(first17);
    }

    Map<String, String> gift(long donor, String yuan, Long project) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("donorId", String.valueOf(donor));
        form.put("amountYuan", yuan);
        form.put("channel", "BANK_TRANSFER");
        form.put("brand", "OTHER");
        form.put("fundName", "");
        form.put("projectId", project == null ? "" : String.valueOf(project));
        form.put("pledgeId", "");
        form.put("receivedOn", KeepingRegion.today().toString());
        return form;
    }

    static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(key, value);
        return copy;
    }

    static MockHttpServletRequestBuilder submit(String url, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.forEach(request::param);
        return request;
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }

    long donationsOf(long donor) {
        return count("select count(*) from charity.donations where donor_id = ?", donor);
    }

    long lastDonationOf(long donor) {
        return count("select max(id) from charity.donations where donor_id = ?", donor);
    }

    long balanceOfProject(long project) {
        return ledger.ofProject(project).map(f -> f.balanceFen()).orElse(0L);
    }

    long generalBalance(String region) {
        return ledger.generalOf(region).map(f -> f.balanceFen()).orElse(0L);
    }
}
