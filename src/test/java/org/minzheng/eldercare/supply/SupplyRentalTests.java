package org.minzheng.eldercare.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Supplies and device rentals through the console: stock, overdue loans, bad input, scope and permissions. */
@IntegrationTest
@Transactional
class SupplyRentalTests {

    static final String SUPPLIES = "/console/eldercare/supplies";
    static final String PENGLI = "371602005";
    static final String LIZE = "371602012";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    long anElder(String name, String township) {
        String unique = UUID.randomUUID().toString();
        String village = jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", township)
                .query(String.class)
                .single();
        return jdbc.sql("""
                        insert into eldercare.elders (region_code, name, id_number_cipher, id_number_index, masked_id_number,
                                                      birth_date, sex, living_situation, economic_category, created_by)
                        values (:region, :name, :cipher, :index, '371602********0022', date '1946-05-01', 'FEMALE',
                                'ALONE', 'NONE', 'test') returning id
                        """)
                .param("region", village)
                .param("name", name)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .query(Long.class)
                .single();
    }

    long product(String kind, int stock) {
        return jdbc.sql("""
                        insert into eldercare.supply_products (name, kind, unit, price_fen, deposit_fen, stock)
                        values (:name, :kind, '台', 5000, 10000, :stock) returning id
                        """)
                .param("name", "测试用品" + UUID.randomUUID().toString().substring(0, 8))
                .param("kind", kind)
                .param("stock", stock)
                .query(Long.class)
                .single();
    }

    int stockOf(long product) {
        return jdbc.sql("select stock from eldercare.supply_products where id = :id")
                .param("id", product)
                .query(Integer.class)
                .single();
    }

    long count(String table, long elder) {
        return jdbc.sql("select count(*) from eldercare." + table + " where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();
    }

    long auditCount(String action) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }

    long overdueRental(long elder, long product) {
        return jdbc.sql("""
                        insert into eldercare.supply_rentals (elder_id, product_id, from_on, due_on, status, lent_by)
                        values (:e, :p, current_date - 60, current_date - 3, 'ON_LOAN', 'test') returning id
                        """)
                .param("e", elder)
                .param("p", product)
                .query(Long.class)
                .single();
    }

    @Test
    void lendingTakesStockOverdueIsShownAndReturnRestoresIt() throws Exception {
        long elder = anElder("租赁测试甲", PENGLI);
        long wheelchair = product("RENTAL", 2);
        long auditsBefore = auditCount("eldercare.supply.lend");
        mvc.perform(post(SUPPLIES + "/rentals")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(wheelchair))
                        .param("fromOn", LocalDate.now().toString())
                        .param("dueOn", LocalDate.now().plusMonths(1).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(stockOf(wheelchair)).isEqualTo(1);
        assertThat(count("supply_rentals", elder)).isEqualTo(1);
        assertThat(auditCount("eldercare.supply.lend")).isEqualTo(auditsBefore + 1);

        long late = overdueRental(elder, wheelchair);
        mvc.perform(get(SUPPLIES + "/rentals").param("filter", "OVERDUE").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rental-" + late)))
                .andExpect(content().string(containsString("overdue")));

        mvc.perform(post(SUPPLIES + "/rentals/" + late + "/returned")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stockOf(wheelchair)).isEqualTo(2);
        mvc.perform(get(SUPPLIES + "/rentals").param("filter", "OVERDUE").with(logins.as("pengli")))
                .andExpect(content().string(not(containsString("rental-" + late + "\""))));
        mvc.perform(get(SUPPLIES + "/rentals").param("filter", "RETURNED").with(logins.as("pengli")))
                .andExpect(content().string(containsString("rental-" + late + "\"")));
    }

    @Test
    void orderIsDeliveredAndAudited() throws Exception {
        long elder = anElder("配送测试乙", PENGLI);
        long pads = product("SALE", 10);
        mvc.perform(post(SUPPLIES + "/orders")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(pads))
                        .param("quantity", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(stockOf(pads)).isEqualTo(7);
        long order = jdbc.sql("select id from eldercare.supply_orders where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();
        long deliveredBefore = auditCount("eldercare.supply.deliver");
        mvc.perform(post(SUPPLIES + "/orders/" + order + "/delivered")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from eldercare.supply_orders where id = :id")
                        .param("id", order)
                        .query(String.class)
                        .single())
                .isEqualTo("DELIVERED");
        assertThat(auditCount("eldercare.supply.deliver")).isEqualTo(deliveredBefore + 1);
    }

    @Test
    void outOfStockIsRefusedAndNothingStored() throws Exception {
        long elder = anElder("库存测试丙", PENGLI);
        long bed = product("RENTAL", 0);
        long pads = product("SALE", 2);
        mvc.perform(post(SUPPLIES + "/rentals")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(bed))
                        .param("fromOn", LocalDate.now().toString())
                        .param("dueOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("库存不足")));
        mvc.perform(post(SUPPLIES + "/orders")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(pads))
                        .param("quantity", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("库存不足")));
        assertThat(count("supply_rentals", elder)).isZero();
        assertThat(count("supply_orders", elder)).isZero();
        assertThat(stockOf(bed)).isZero();
        assertThat(stockOf(pads)).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingStored() throws Exception {
        long elder = anElder("输入测试丁", PENGLI);
        long walker = product("RENTAL", 5);
        long pads = product("SALE", 5);
        mvc.perform(post(SUPPLIES + "/orders")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(pads))
                        .param("quantity", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数量须为 1 至 999 的整数")));
        mvc.perform(post(SUPPLIES + "/orders")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(pads))
                        .param("quantity", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(post(SUPPLIES + "/rentals")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(walker))
                        .param("fromOn", LocalDate.now().toString())
                        .param("dueOn", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("应还日期须晚于起租日期")));
        mvc.perform(post(SUPPLIES + "/rentals")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(walker))
                        .param("fromOn", "")
                        .param("dueOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));
        assertThat(count("supply_orders", elder)).isZero();
        assertThat(count("supply_rentals", elder)).isZero();
        assertThat(stockOf(walker)).isEqualTo(5);
        assertThat(stockOf(pads)).isEqualTo(5);
    }

    @Test
    void anotherRegionsElderIsRefusedAndTheirRentalsStayHidden() throws Exception {
        long elsewhere = anElder("外区老人戊", LIZE);
        long walker = product("RENTAL", 5);
        mvc.perform(post(SUPPLIES + "/rentals")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elsewhere))
                        .param("productId", String.valueOf(walker))
                        .param("fromOn", LocalDate.now().toString())
                        .param("dueOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不在您的管辖范围内")));
        assertThat(count("supply_rentals", elsewhere)).isZero();
        assertThat(stockOf(walker)).isEqualTo(5);

        long theirs = overdueRental(elsewhere, walker);
        mvc.perform(get(SUPPLIES + "/rentals").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("外区老人戊"))));
        mvc.perform(get(SUPPLIES + "/rentals").with(logins.as("lize")))
                .andExpect(content().string(containsString("外区老人戊")));
        mvc.perform(post(SUPPLIES + "/rentals/" + theirs + "/returned")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count("supply_rentals", elsewhere)).isEqualTo(1);
    }

    @Test
    void viewersCannotChangeAnythingAndOthersCannotSee() throws Exception {
        long elder = anElder("权限测试己", PENGLI);
        long walker = product("RENTAL", 5);
        mvc.perform(get(SUPPLIES).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("rental-form"))));
        mvc.perform(get(SUPPLIES + "/rentals").with(logins.as("cunwei"))).andExpect(status().isOk());
        mvc.perform(post(SUPPLIES + "/rentals")
                        .with(logins.as("auditor"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("productId", String.valueOf(walker))
                        .param("fromOn", LocalDate.now().toString())
                        .param("dueOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isForbidden());
        assertThat(count("supply_rentals", elder)).isZero();
    }
}
