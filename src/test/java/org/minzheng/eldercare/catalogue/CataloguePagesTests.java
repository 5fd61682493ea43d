package org.minzheng.eldercare.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue page and the band every monthly package must stay in. */
@IntegrationTest
class CataloguePagesTests {

    static final String BASE = "/console/eldercare/catalogue";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheSixCategoriesAndTheFourPackagesWithTheirPrices() throws Exception {
        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("信息化服务")))
                .andExpect(content().string(containsString("精神慰藉")))
                .andExpect(content().string(containsString("完全失能")))
                .andExpect(content().string(containsString("示例价格")));
        assertThat(jdbc.queryForObject("select count(*) from eldercare.service_categories", Long.class))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from eldercare.service_items", Long.class))
                .isEqualTo(20);
    }

    @Test
    void refusesAPackageCheaperThanTheBandAndKeepsTheOldOne() throws Exception {
        List<Map<String, Object>> before = packageOf(1);
        long meals = itemId("助餐");

        mvc.perform(post(BASE + "/packages/1")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("visits-" + meals, "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("轻度失能服务包价格将为 ¥30.00，不在 ¥160.00～¥300.00 之间，未保存。")));

        assertThat(packageOf(1)).isEqualTo(before);
    }

    @Test
    void refusesAPackageDearerThanTheBandAndNonsenseVisits() throws Exception {
        List<Map<String, Object>> before = packageOf(4);

        mvc.perform(post(BASE + "/packages/4")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("visits-" + itemId("陪同就医"), "6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¥360.00")));
        mvc.perform(post(BASE + "/packages/4")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("visits-" + itemId("助浴"), "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("每月次数应为0到31之间的整数。")));

        assertThat(packageOf(4)).isEqualTo(before);
    }

    @Test
    void refusesAnItemPriceThatPushesAPackageOutOfTheBand() throws Exception {
        long bathing = itemId("助浴");

        mvc.perform(post(BASE + "/items/" + bathing)
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("standardMinutes", "60")
                        .param("unitPrice", "200"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不在 ¥160.00～¥300.00 之间")));

        assertThat(jdbc.queryForObject(
                        "select unit_price_fen from eldercare.service_items where id = ?", Long.class, bathing))
                .isEqualTo(5000);
    }

    @Test
    void onlyTheCityKeepsTheCatalogue() throws Exception {
        mvc.perform(get(BASE + "/packages/2/edit").with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/packages/2")
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("visits-" + itemId("助餐"), "12"))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/packages/2/edit").with(logins.as("admin"))).andExpect(status().isOk());
        mvc.perform(get(BASE).with(logins.as("cunwei"))).andExpect(status().isForbidden());
    }

    long itemId(String name) {
        return jdbc.queryForObject("select id from eldercare.service_items where name = ?", Long.class, name);
    }

    List<Map<String, Object>> packageOf(int level) {
        return jdbc.queryForList(
                "select item_id, visits_per_month from eldercare.service_packages where capability_level = ? order by item_id",
                level);
    }
}
