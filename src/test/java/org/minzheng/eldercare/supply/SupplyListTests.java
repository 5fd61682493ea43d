package org.minzheng.eldercare.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue, order and rental lists: paging, filters and Excel export within the staff member's area. */
@IntegrationTest
@Transactional
class SupplyListTests {

    static final String SUPPLIES = "/console/eldercare/supplies";
    static final String PENGLI = "371602005";
    static final String LIZE = "371602012";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    long anElder(String name, String township) {
        String key = UUID.randomUUID().toString();
        String village = jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", township)
                .query(String.class)
                .single();
        return jdbc.sql("""
                        insert into eldercare.elders (region_code, name, id_number_cipher, id_number_index, masked_id_number,
                                                      birth_date, sex, living_situation, economic_category, created_by)
                        values (:region, :name, :cipher, :index, '371602********0044', date '1944-07-01', 'FEMALE',
                                'ALONE', 'NONE', 'test') returning id
                        """)
                .param("region", village)
                .param("name", name)
                .param("cipher", key.getBytes())
                .param("index", key)
                .query(Long.class)
                .single();
    }

    long product(String name, String kind) {
        return jdbc.sql("""
                        insert into eldercare.supply_products (name, kind, unit, price_fen, deposit_fen, stock)
                        values (:name, :kind, '件', 1250, 20000, 9) returning id
                        """)
                .param("name", name)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    void orders(long elder, long product, int count, String status) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                            insert into eldercare.supply_orders (elder_id, product_id, quantity, status, ordered_on,
                                                                ordered_by, delivered_on, delivered_by)
                            values (:e, :p, 1, :s, current_date - 5, 'test',
                                    case when :s = 'DELIVERED' then current_date end,
                                    case when :s = 'DELIVERED' then 'test' end)
                            """)
                    .param("e", elder)
                    .param("p", product)
                    .param("s", status)
                    .update();
        }
    }

    void rental(long elder, long product, int dueInDays, boolean returned) {
        jdbc.sql("""
                        insert into eldercare.supply_rentals (elder_id, product_id, from_on, due_on, returned_on, status,
                                                             lent_by, returned_by)
                        values (:e, :p, current_date - 40, current_date + :due,
                                case when :r then current_date end, case when :r then 'RETURNED' else 'ON_LOAN' end,
                                'test', case when :r then 'test' end)
                        """)
                .param("e", elder)
                .param("p", product)
                .param("due", dueInDays)
                .param("r", returned)
                .update();
    }

    static int occurrences(String html, String text) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    List<Map<Integer, String>> exported(MockHttpServletRequestBuilder request) throws Exception {
        byte[] file = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
    }

    long audits(String action) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }

    @Test
    void ordersArePagedAndFilteredByNameAndStatus() throws Exception {
        String name = unique("分页老人");
        long elder = anElder(name, PENGLI);
        long pads = product(unique("分页用品"), "SALE");
        orders(elder, pads, 24, "ORDERED");
        orders(elder, pads, 1, "DELIVERED");

        String first = page(get(SUPPLIES + "/orders").param("q", name).with(logins.as("pengli")));
        assertThat(occurrences(first, "id=\"order-")).isEqualTo(20);
        assertThat(first).contains("共 25 条").contains("page=1");
        String second = page(
                get(SUPPLIES + "/orders").param("q", name).param("page", "1").with(logins.as("pengli")));
        assertThat(occurrences(second, "id=\"order-")).isEqualTo(5);

        String delivered = page(get(SUPPLIES + "/orders")
                .param("q", name)
                .param("status", "DELIVERED")
                .with(logins.as("pengli")));
        assertThat(occurrences(delivered, "id=\"order-")).isEqualTo(1);
        assertThat(delivered)
                .contains("<option value=\"DELIVERED\" selected=\"selected\">")
                .doesNotContain("标记已送达</button>");
    }

    @Test
    void ordersExportHoldsTheFilteredRowsAndIsAudited() throws Exception {
        String name = unique("导出老人");
        long elder = anElder(name, PENGLI);
        String productName = unique("导出用品");
        long pads = product(productName, "SALE");
        orders(elder, pads, 2, "ORDERED");
        orders(elder, pads, 1, "DELIVERED");
        long before = audits("eldercare.supply.export");

        List<Map<Integer, String>> rows = exported(get(SUPPLIES + "/orders/export")
                .param("q", name)
                .param("status", "ORDERED")
                .with(logins.as("pengli")));

        assertThat(rows.get(0).values()).contains("老人", "用品", "状态", "送达日期");
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo(name);
            assertThat(row.get(3)).isEqualTo(productName);
            assertThat(row.get(6)).isEqualTo("待配送");
        });
        assertThat(audits("eldercare.supply.export")).isEqualTo(before + 1);
    }

    @Test
    void rentalsAreFoundByNameAndExportedWithTheirState() throws Exception {
        String name = unique("租赁导出");
        long elder = anElder(name, PENGLI);
        long walker = product(unique("导出助行器"), "RENTAL");
        rental(elder, walker, -3, false);
        rental(elder, walker, 10, false);
        rental(elder, walker, -1, true);

        String list = page(get(SUPPLIES + "/rentals").param("q", name).with(logins.as("pengli")));
        assertThat(occurrences(list, "id=\"rental-")).isEqualTo(3);
        assertThat(list).contains("共 3 条");
        String overdue = page(get(SUPPLIES + "/rentals")
                .param("q", name)
                .param("filter", "OVERDUE")
                .with(logins.as("pengli")));
        assertThat(occurrences(overdue, "id=\"rental-")).isEqualTo(1);

        List<Map<Integer, String>> rows =
                exported(get(SUPPLIES + "/rentals/export").param("q", name).with(logins.as("pengli")));
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().skip(1).map(row -> row.get(6))).containsExactlyInAnyOrder("逾期未还", "在租", "已归还");
        assertThat(rows.stream().skip(1).filter(row -> "已归还".equals(row.get(6))).map(row -> row.get(7)))
                .allSatisfy(returnedOn -> assertThat(returnedOn).isNotBlank());
    }

    @Test
    void productsAreSearchedByNameAndKindPagedAndExported() throws Exception {
        String stem = unique("目录测试");
        product(stem + "坐垫", "SALE");
        product(stem + "拐杖", "RENTAL");

        String all = page(get(SUPPLIES).param("q", stem).with(logins.as("pengli")));
        assertThat(all).contains(stem + "坐垫", stem + "拐杖", "共 2 条");
        String rentals =
                page(get(SUPPLIES).param("q", stem).param("kind", "RENTAL").with(logins.as("pengli")));
        assertThat(occurrences(rentals, "id=\"product-")).isEqualTo(1);
        assertThat(rentals).contains("共 1 条");

        String everything = page(get(SUPPLIES).with(logins.as("pengli")));
        assertThat(occurrences(everything, "id=\"product-")).isLessThanOrEqualTo(20);

        List<Map<Integer, String>> rows = exported(
                get(SUPPLIES + "/export").param("q", stem).param("kind", "SALE").with(logins.as("auditor")));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo(stem + "坐垫");
        assertThat(rows.get(1).get(2)).isEqualTo("配送");
        assertThat(rows.get(1).get(4)).isEqualTo("12.5");
    }

    @Test
    void listsAndExportsStayWithinTheDataScope() throws Exception {
        String name = unique("外区用品老人");
        long elsewhere = anElder(name, LIZE);
        long pads = product(unique("外区用品"), "SALE");
        long walker = product(unique("外区辅具"), "RENTAL");
        orders(elsewhere, pads, 1, "ORDERED");
        rental(elsewhere, walker, 5, false);

        String theirs = page(get(SUPPLIES + "/orders").param("q", name).with(logins.as("pengli")));
        assertThat(occurrences(theirs, "id=\"order-")).isZero();
        assertThat(theirs).contains("没有符合条件的记录");
        assertThat(page(get(SUPPLIES + "/rentals").with(logins.as("pengli")))).doesNotContain(name);
        assertThat(exported(get(SUPPLIES + "/orders/export").with(logins.as("pengli"))))
                .noneMatch(row -> name.equals(row.get(1)));
        assertThat(exported(get(SUPPLIES + "/rentals/export").with(logins.as("pengli"))))
                .noneMatch(row -> name.equals(row.get(1)));

        assertThat(exported(get(SUPPLIES + "/orders/export").param("q", name).with(logins.as("lize"))))
                .hasSize(2);
        assertThat(exported(get(SUPPLIES + "/rentals/export").param("q", name).with(logins.as("bincheng"))))
                .hasSize(2);
    }

    @Test
    void staffWithoutTheSupplyPermissionCannotListOrExport() throws Exception {
        jdbc.sql("insert into staff.roles (code, name_zh, name_en) values ('SUPPLY_LIST_TEST', '测试角色', 'Test role')")
                .update();
        jdbc.sql("insert into staff.role_permissions (role_code, permission)"
                        + " values ('SUPPLY_LIST_TEST', 'workbench:home:view')")
                .update();
        String outsider = logins.createAccount("supplytest", PENGLI, "SUPPLY_LIST_TEST");
        long before = audits("eldercare.supply.export");
        for (String path : List.of("", "/export", "/orders", "/orders/export", "/rentals", "/rentals/export")) {
            mvc.perform(get(SUPPLIES + path).with(logins.as(outsider))).andExpect(status().isForbidden());
        }
        assertThat(audits("eldercare.supply.export")).isEqualTo(before);
        mvc.perform(get(SUPPLIES + "/orders").with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("export-orders")))
                .andExpect(content().string(not(containsString("order-form"))));
    }
}
