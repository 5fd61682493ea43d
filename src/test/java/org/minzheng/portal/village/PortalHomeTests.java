package org.minzheng.portal.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.IntegrationTest;
import org.minzheng.region.VillageScans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The page behind a village's QR code, opened by a citizen without an account. */
@IntegrationTest
class PortalHomeTests {

    static final String LIZE_STREET_VILLAGE = "371602012201";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void showsTheVillageWithItsTownshipAndCountyAndTheFourServices() throws Exception {
        Document page = open("/v/" + LIZE_STREET_VILLAGE, 200);

        assertThat(page.select(".village-name").text()).isEqualTo("里则街村委会");
        assertThat(page.select(".village-place").text()).contains("里则街道", "滨城区");
        assertThat(page.select(".services > li")).hasSize(4);
        assertThat(page.select(".services a.service.open").eachAttr("href"))
                .containsExactly(
                        "/v/" + LIZE_STREET_VILLAGE + "/policies",
                        "/v/" + LIZE_STREET_VILLAGE + "/apply",
                        "/v/" + LIZE_STREET_VILLAGE + "/lists",
                        "/v/" + LIZE_STREET_VILLAGE + "/benefits");
        assertThat(page.select(".services a.service.open strong").eachText())
                .containsExactly("码上通", "码上办", "码上查", "码上清");
        assertThat(page.select(".services .service.soon")).isEmpty();
        assertThat(page.select("a#start-self-check").attr("href"))
                .isEqualTo("/v/" + LIZE_STREET_VILLAGE + "/self-check");
        assertThat(page.select("a[href=tel:12345]")).isNotEmpty();
        assertThat(page.select("footer").text()).contains("滨州市民政局", "本页由民政部门提供");
    }

    @Test
    void needsNoSignInNoSessionAndNoJavaScript() throws Exception {
        MvcResult result = mvc.perform(get("/v/" + LIZE_STREET_VILLAGE))
                .andExpect(status().isOk())
                .andReturn();
        String html = result.getResponse().getContentAsString();

        assertThat(result.getRequest().getSession(false))
                .as("a session row for every scan")
                .isNull();
        assertThat(html).doesNotContain("<script").doesNotContain("_csrf").doesNotContain("style=\"");
        assertThat(Jsoup.parse(html).select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/css/portal.css");
    }

    @Test
    void countsEveryOpeningOfTheVillagesPages() throws Exception {
        long before = scansToday(LIZE_STREET_VILLAGE);

        open("/v/" + LIZE_STREET_VILLAGE, 200);
        open("/v/" + LIZE_STREET_VILLAGE + "/policies", 200);
        open("/v/" + LIZE_STREET_VILLAGE + "/self-check", 200);

        assertThat(scansToday(LIZE_STREET_VILLAGE)).isEqualTo(before + 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"371602012000", "371602000000", "999999999999", "371602012999", "abc", "37160201220"})
    void anAddressThatNamesNoVillageGetsTheFriendlyNotFoundPage(String code) throws Exception {
        long before = scansToday("371602012000");

        Document page = open("/v/" + code, 404);

        assertThat(page.select("h1").text()).isEqualTo("没有找到这个村（社区）");
        assertThat(page.select(".todo li")).hasSize(3);
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/portal.css");
        assertThat(page.select("a[href=tel:12345]")).isNotEmpty();
        assertThat(page.select(".village-name")).isEmpty();
        assertThat(page.html())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("<script");
        assertThat(scansToday("371602012000")).isEqualTo(before);
    }

    @Test
    void anUnknownPageBelowAVillageLeadsBackToTheVillage() throws Exception {
        Document page = open("/v/" + LIZE_STREET_VILLAGE + "/no-such-page", 404);

        assertThat(page.select("h1").text()).isEqualTo("没有找到这个页面");
        assertThat(page.select(".village-name").text()).isEqualTo("里则街村委会");
        assertThat(page.select("a#back-home").attr("href")).isEqualTo("/v/" + LIZE_STREET_VILLAGE);
    }

    @Test
    void theNotFoundPageOfAnUnknownVillageStillOffersLargeFont() throws Exception {
        Document page = open("/v/999999999999", 404);

        assertThat(page.select("a#font-switch").attr("href")).startsWith("/v/999999999999/font?size=large&back=");
    }

    @Test
    void theListsAddressForwardsToTheVillagesPublicList() throws Exception {
        mvc.perform(get("/v/" + LIZE_STREET_VILLAGE + "/lists"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/gs/" + LIZE_STREET_VILLAGE));
        mvc.perform(get("/v/999999999999/lists")).andExpect(status().isNotFound());
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        Document page = open("/v/" + LIZE_STREET_VILLAGE + "?lang=en", 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Welcome to Civil Affairs by QR");
        assertThat(page.select(".services a.service.open strong").eachText()).contains("Public lists", "My benefits");
        assertThat(page.select("a#language-switch").attr("href"))
                .isEqualTo("/v/" + LIZE_STREET_VILLAGE + "?lang=zh-CN");
        assertThat(page.select("a#font-switch").text()).isEqualTo("Large text");
    }

    @Test
    void theLanguageSwitchKeepsTheRestOfTheAddress() throws Exception {
        String html = mvc.perform(get(URI.create("/v/" + LIZE_STREET_VILLAGE + "/policies?q=%E8%80%81&lang=zh-CN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("a#language-switch").attr("href"))
                .isEqualTo("/v/" + LIZE_STREET_VILLAGE + "/policies?q=%E8%80%81&lang=en");
    }

    @Autowired
    VillageScans scans;

    private Document open(String path, int status) throws Exception {
        String html = mvc.perform(get(path))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private long scansToday(String code) {
        scans.flush();
        return jdbc.queryForObject(
                "select coalesce(sum(scans), 0) from region.village_scans where village_code = ? and scan_date = ?",
                Long.class,
                code,
                LocalDate.now(clock));
    }
}
