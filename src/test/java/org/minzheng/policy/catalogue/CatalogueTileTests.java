package org.minzheng.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicySummary;
import org.minzheng.region.VillageScans;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** 码上通 on the console home page: the catalogue in force and the scans of the staff member's own region. */
@IntegrationTest
@Transactional
class CatalogueTileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    Policies policies;

    @Autowired
    VillageScans scans;

    @Autowired
    Clock clock;

    @Test
    void theTileCountsPoliciesInForceAndScansWithinTheRegionOnly() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long before = figure(home("pengli"), "近30天扫码");
        scans.record(RegionCode.of("371602005001"), today);
        scans.record(RegionCode.of("371602005001"), today.minusDays(40));
        scans.record(RegionCode.of("371602012201"), today);
        scans.flush();

        Document pengli = home("pengli");
        assertThat(figure(pengli, "近30天扫码")).isEqualTo(before + 1);
        assertThat(figure(pengli, "现行政策")).isEqualTo(policies.inForce(today, "").size());
        assertThat(figure(pengli, "可自查的政策"))
                .isEqualTo(policies.inForce(today, "").stream()
                        .filter(PolicySummary::hasRule)
                        .count());
        assertThat(figure(home("bincheng"), "近30天扫码")).isGreaterThanOrEqualTo(before + 2);
    }

    private Document home(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/console").with(logins.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static long figure(Document page, String label) {
        Element tile = page.select("a.tile").stream()
                .filter(candidate -> candidate.select("h2").text().equals("码上通"))
                .findFirst()
                .orElseThrow();
        Element term = tile.select("dt").stream()
                .filter(dt -> dt.text().equals(label))
                .findFirst()
                .orElseThrow();
        return Long.parseLong(term.nextElementSibling().text().replace(",", ""));
    }
}
