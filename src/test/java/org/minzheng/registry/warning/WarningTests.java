package org.minzheng.registry.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.Households;
import org.minzheng.registry.Warnings;
import org.minzheng.registry.Warnings.NewWarning;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.registry.task.MonitoringFixtures;
import org.minzheng.registry.task.MonitoringFixtures.Registered;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.staff.login.StaffLogins;
import org.minzheng.workbench.spi.DashboardTile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Monitoring rules raise warnings: one open per household and rule, each with a task, seen only within scope. */
@IntegrationTest
class WarningTests {

    static final RegionCode LIZE = RegionCode.of("371602012000");
    static final RegionCode PENGLI = RegionCode.of("371602005000");

    @Autowired
    Warnings warnings;

    @Autowired
    WarningService service;

    @Autowired
    Households households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    List<DashboardTile> tiles;

    @AfterEach
    void removeTheHouseholds() {
        MonitoringFixtures.removeHouseholds(jdbc);
    }

    @Test
    void raisingTheSameWarningTwiceKeepsOneWarningAndOneTask() {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);

        Optional<Long> first = warnings.raise(MonitoringFixtures.aLargeMedicalSpending(household.id()));
        Optional<Long> second = warnings.raise(MonitoringFixtures.aLargeMedicalSpending(household.id()));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(count("select count(*) from registry.warnings where household_id = ?", household))
                .isEqualTo(1);
        assertThat(count("select count(*) from registry.tasks where household_id = ?", household))
                .isEqualTo(1);
    }

    @Test
    void aWarningOpensATaskForTheHouseholdsVillageWithItsDeadlineAndIsAudited() {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);

        long id = warnings.raise(MonitoringFixtures.aLargeMedicalSpending(household.id()))
                .orElseThrow();

        var task = jdbc.queryForMap(
                "select t.region_code, t.origin, t.title, t.due_on, t.status from registry.tasks t "
                        + "join registry.warnings w on w.task_id = t.id where w.id = ?",
                id);
        assertThat(task.get("region_code")).isEqualTo("371602012201");
        assertThat(task.get("origin")).isEqualTo("WARNING");
        assertThat(task.get("title")).isEqualTo("大额医疗支出");
        assertThat(task.get("status")).isEqualTo("OPEN");
        assertThat(((java.sql.Date) task.get("due_on")).toLocalDate())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.audit_entries where action = 'registry.warning.raise' and target_id = ?",
                        Long.class,
                        Long.toString(id)))
                .isEqualTo(1);
    }

    @Test
    void aWarningAboutSomeoneOutsideTheHouseholdIsRefused() {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        Registered other = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.PENGLI_COMMUNITY);
        long stranger = jdbc.queryForObject(
                "select id from registry.persons where household_id = ? and head",
                Long.class,
                other.id().value());

        assertThatThrownBy(() -> warnings.raise(new NewWarning(
                        household.id(), stranger, "test-death", "家庭成员死亡", WarningLevel.RED, "死亡", 3, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(count("select count(*) from registry.warnings where household_id = ?", household))
                .isZero();
    }

    @Test
    void theWarningListShowsOnlyTheStaffMembersRegionAndCountsByTownship() throws Exception {
        Registered lize = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        Registered pengli = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.PENGLI_COMMUNITY);
        long lizeWarning = warnings.raise(MonitoringFixtures.aLargeMedicalSpending(lize.id()))
                .orElseThrow();
        long pengliWarning = warnings.raise(MonitoringFixtures.aLargeMedicalSpending(pengli.id()))
                .orElseThrow();

        String lizePage = mvc.perform(get("/console/registry/warnings").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lizePage)
                .contains("id=\"warning-" + lizeWarning + "\"")
                .doesNotContain("id=\"warning-" + pengliWarning + "\"")
                .contains("id=\"township-371602012000\"")
                .doesNotContain("id=\"township-371602005000\"");

        String countyPage = mvc.perform(get("/console/registry/warnings").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(countyPage)
                .contains("id=\"township-371602012000\"")
                .contains("id=\"township-371602005000\"")
                .contains("id=\"warning-" + pengliWarning + "\"");

        mvc.perform(get("/console/registry/warnings/" + pengliWarning).with(logins.as("lize")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/registry/warnings/" + pengliWarning).with(logins.as("cunwei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/registry/warnings/" + lizeWarning).with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("52,000.00")));
    }

    @Test
    void countsByTownshipAndTheDashboardTileGrowWithAWarningOnlyInItsTownship() {
        long lizeBefore = openIn(LIZE);
        long pengliBefore = openIn(PENGLI);
        long[] tileBefore = tile(LIZE);
        Registered lize = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);

        warnings.raise(MonitoringFixtures.aLargeMedicalSpending(lize.id()));

        assertThat(openIn(LIZE)).isEqualTo(lizeBefore + 1);
        assertThat(openIn(PENGLI)).isEqualTo(pengliBefore);
        long[] tileAfter = tile(LIZE);
        assertThat(tileAfter[0]).isEqualTo(tileBefore[0] + 1);
        assertThat(tileAfter[1]).isEqualTo(tileBefore[1]);
        assertThat(tileAfter[2]).isEqualTo(tileBefore[2] + 1);
        assertThat(tile(PENGLI)[0]).isEqualTo(openIn(PENGLI));
    }

    @Test
    void theExportIsAWorkbookOfTheRegion() throws Exception {
        mvc.perform(get("/console/registry/warnings/export?state=all").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private long openIn(RegionCode township) {
        return service.countsByTownship(new DataScope(RegionCode.of("371602000000"))).stream()
                .filter(c -> c.township().equals(township))
                .mapToLong(TownshipCount::open)
                .sum();
    }

    /** The tile's figures for someone serving the region: open warnings, overdue warnings, open tasks. */
    private long[] tile(RegionCode region) {
        DashboardTile tile = tiles.stream()
                .filter(t -> t.titleKey().equals("tile.warning.title"))
                .findFirst()
                .orElseThrow();
        StaffPrincipal staff = new StaffPrincipal() {
            @Override
            public long accountId() {
                return -1;
            }

            @Override
            public String username() {
                return "tile-test";
            }

            @Override
            public String displayName() {
                return "tile-test";
            }

            @Override
            public RegionCode regionCode() {
                return region;
            }

            @Override
            public String regionName() {
                return region.value();
            }
        };
        return tile.figures(staff).stream()
                .mapToLong(DashboardTile.Figure::value)
                .toArray();
    }

    private long count(String sql, Registered household) {
        return jdbc.queryForObject(sql, Long.class, household.id().value());
    }
}
