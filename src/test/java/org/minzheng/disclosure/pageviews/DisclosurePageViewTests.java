package org.minzheng.disclosure.pageviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** How often the public lists are read: counted per region, page and month, shown to the staff of the area. */
@IntegrationTest
class DisclosurePageViewTests {

    static final String LIZE_VILLAGE = "371602012201";
    static final String PENGLI_COMMUNITY = "371602005001";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageViews views;

    @Autowired
    StaffLogins logins;

    @Autowired
    Clock clock;

    @Test
    void countsEveryReadingOfAListOrStatisticsPageOnlyInMemoryUntilFlushed() throws Exception {
        views.flush();
        long lists = stored(LIZE_VILLAGE, PageKind.LIST);
        long stats = stored(LIZE_VILLAGE, PageKind.STATS);

        mvc.perform(get("/gs/" + LIZE_VILLAGE)).andExpect(status().isOk());
        mvc.perform(get("/gs/" + LIZE_VILLAGE + "?programme=TEKUN&month=2019-01"))
                .andExpect(status().isOk());
        mvc.perform(get("/gs/" + LIZE_VILLAGE + "/stats")).andExpect(status().isOk());
        assertThat(stored(LIZE_VILLAGE, PageKind.LIST)).as("before the flush").isEqualTo(lists);

        views.flush();
        assertThat(stored(LIZE_VILLAGE, PageKind.LIST)).isEqualTo(lists + 2);
        assertThat(stored(LIZE_VILLAGE, PageKind.STATS)).isEqualTo(stats + 1);
    }

    @Test
    void aShortCodeCountsForTheRegionItNamesAndUnknownAddressesCountNothing() throws Exception {
        views.flush();
        long township = stored("371602012000", PageKind.LIST);
        long city = stored("371600000000", PageKind.LIST);
        long total = jdbc.sql("select coalesce(sum(views), 0) from disclosure.page_views")
                .query(Long.class)
                .single();

        mvc.perform(get("/gs/371602012")).andExpect(status().isOk());
        mvc.perform(get("/gs")).andExpect(status().isOk());
        mvc.perform(get("/gs/371602012999")).andExpect(status().isNotFound());
        mvc.perform(get("/gs/999999999999/stats")).andExpect(status().isNotFound());
        views.flush();

        assertThat(stored("371602012000", PageKind.LIST)).isEqualTo(township + 1);
        assertThat(stored("371600000000", PageKind.LIST)).isEqualTo(city + 1);
        assertThat(jdbc.sql("select coalesce(sum(views), 0) from disclosure.page_views")
                        .query(Long.class)
                        .single())
                .isEqualTo(total + 2);
    }

    @Test
    void theHomeTileShowsReadingsOfThisAndLastMonthWithinTheStaffMembersArea() throws Exception {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        jdbc.sql("""
                        insert into disclosure.page_views (region_code, page, month, views) values (:code, 'LIST', :month, 7)
                        on conflict (region_code, page, month) do update set views = disclosure.page_views.views + 7
                        """)
                .param("code", PENGLI_COMMUNITY)
                .param("month", lastMonth.atDay(1))
                .update();
        mvc.perform(get("/gs/" + LIZE_VILLAGE)).andExpect(status().isOk());
        mvc.perform(get("/gs/" + PENGLI_COMMUNITY)).andExpect(status().isOk());
        views.flush();

        List<Long> lize = tile("lize");
        List<Long> pengli = tile("pengli");
        List<Long> bincheng = tile("bincheng");

        assertThat(lize).containsExactly(within("371602012", 0), within("371602012", 1));
        assertThat(pengli).containsExactly(within("371602005", 0), within("371602005", 1));
        assertThat(pengli.get(1)).isGreaterThanOrEqualTo(7);
        assertThat(lize.get(0)).isPositive();
        assertThat(bincheng.get(0)).isEqualTo(within("371602", 0)).isGreaterThanOrEqualTo(lize.get(0) + pengli.get(0));
        assertThat(within("371602012", 1)).as("another township's readings").isLessThan(bincheng.get(1));
    }

    @Test
    void theReadershipPageListsOnlyTheStaffMembersArea() throws Exception {
        mvc.perform(get("/gs/" + LIZE_VILLAGE)).andExpect(status().isOk());
        mvc.perform(get("/gs/" + PENGLI_COMMUNITY + "/stats")).andExpect(status().isOk());
        views.flush();

        Document lize = page("lize", PageViewController.PATH);
        assertThat(lize.select("#page-views tbody tr td.mono").eachText())
                .isNotEmpty()
                .allMatch(code -> code.startsWith("371602012"));
        assertThat(lize.select("#page-views tbody tr:contains(" + LIZE_VILLAGE + ") td")
                        .eachText())
                .contains("里则街村委会", "名单");

        Document city = page("admin", PageViewController.PATH);
        assertThat(city.select("#page-views td.mono").eachText()).contains(LIZE_VILLAGE, PENGLI_COMMUNITY);
        assertThat(city.select("#page-views tr:contains(" + PENGLI_COMMUNITY + ") td")
                        .eachText())
                .contains("统计");
        assertThat(city.select("#total").text()).contains("共查看");
    }

    @Test
    void aMonthWithoutReadingsSaysSoAndABadMonthShowsThisMonth() throws Exception {
        Document old = page("lize", PageViewController.PATH + "?month=2001-01");
        assertThat(old.select("#no-views").text()).contains("2001年1月");
        assertThat(old.select("#page-views")).isEmpty();

        YearMonth now = YearMonth.now(clock);
        Document bad = page("lize", PageViewController.PATH + "?month=not-a-month");
        assertThat(bad.select("#shown-month").text()).isEqualTo(now.getYear() + "年" + now.getMonthValue() + "月");
        assertThat(bad.select("#next-month")).isEmpty();
    }

    @Test
    void staffWithoutThePermissionMayNotSeeTheReadership() throws Exception {
        mvc.perform(get(PageViewController.PATH).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        Document home = Jsoup.parse(mvc.perform(get("/console").with(logins.as("cunwei")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(home.select(".tile h2").eachText()).doesNotContain("码上查");
    }

    private List<Long> tile(String user) throws Exception {
        Document home = page(user, "/console");
        Element tile = home.select(".tile:has(h2:containsOwn(码上查))").first();
        assertThat(tile).as("the 码上查 tile of %s", user).isNotNull();
        assertThat(tile.attr("href")).isEqualTo(PageViewController.PATH);
        assertThat(tile.select("dt").eachText()).containsExactly("本月查看次数", "上月查看次数");
        return tile.select("dd").eachText().stream()
                .map(text -> Long.parseLong(text.replace(",", "")))
                .toList();
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long within(String prefix, int monthsAgo) {
        return jdbc.sql("select coalesce(sum(views), 0) from disclosure.page_views"
                        + " where region_code like :prefix || '%' and month = :month")
                .param("prefix", prefix)
                .param("month", YearMonth.now(clock).minusMonths(monthsAgo).atDay(1))
                .query(Long.class)
                .single();
    }

    private long stored(String code, PageKind page) {
        return jdbc.sql("select coalesce(sum(views), 0) from disclosure.page_views"
                        + " where region_code = :code and page = :page and month = :month")
                .param("code", RegionCode.of(code).value())
                .param("page", page.name())
                .param("month", YearMonth.now(clock).atDay(1))
                .query(Long.class)
                .single();
    }
}
