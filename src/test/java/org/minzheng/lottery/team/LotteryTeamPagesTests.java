package org.minzheng.lottery.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.lottery.channel.LotteryFixtures;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams, members and contracted areas. The demo data covers every county with an area, so each test first frees
 * 沾化区 (rolled back with the test).
 */
@IntegrationTest
@Transactional
class LotteryTeamPagesTests {

    static final String TEAMS = "/console/lottery/teams";
    static final String AREAS = "/console/lottery/areas";
    static final String ZHANHUA = "371603000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    Regions regions;

    LotteryFixtures fixtures;
    final String unique = LotteryFixtures.unique();
    String township;

    @BeforeEach
    void fixtures() {
        fixtures = new LotteryFixtures(jdbc);
        jdbc.sql("delete from lottery.area_regions where region_code like '371603%'")
                .update();
        township = regions.children(RegionCode.of(ZHANHUA), new DataScope(RegionCode.of("3716"))).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .map(RegionSummary::code)
                .map(RegionCode::value)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void staffCreatesATeamAddsAMemberWithAnEncryptedPhoneWhoLaterLeaves() throws Exception {
        String name = "测试配送队" + unique;
        mvc.perform(post(TEAMS)
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("name", name)
                        .param("kind", "DISTRIBUTION")
                        .param("leader", "队长" + unique))
                .andExpect(status().is3xxRedirection());
        long team = jdbc.sql("select id from lottery.teams where name = :n and kind = 'DISTRIBUTION'")
                .param("n", name)
                .query(Long.class)
                .single();
        assertThat(fixtures.audits("lottery.team.create", team)).isEqualTo(1);

        String member = "队员" + unique;
        mvc.perform(post(TEAMS + "/" + team + "/members")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("name", member)
                        .param("role", "MEMBER")
                        .param("phone", "19905437701")
                        .param("joinedOn", "2024-05-01"))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select id, phone_cipher, phone_masked from lottery.team_members where name = :n")
                .param("n", member)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2), rs.getString(3)})
                .single();
        long memberId = (Long) row[0];
        assertThat(cipher.decrypt((byte[]) row[1], LotteryTeamRepository.PHONE_CONTEXT))
                .isEqualTo("19905437701");
        assertThat(row[2]).isEqualTo("199****7701");
        assertThat(fixtures.audits("lottery.member.create", memberId)).isEqualTo(1);
        mvc.perform(get(TEAMS + "/" + team).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member)))
                .andExpect(content().string(containsString("199****7701")))
                .andExpect(content().string(not(containsString("19905437701"))));
        mvc.perform(get(TEAMS).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));

        mvc.perform(post(TEAMS + "/" + team + "/members/" + memberId + "/leave")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("leftOn", "2024-04-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count(
                        "select count(*) from lottery.team_members where left_on is null and id = ?", memberId))
                .isEqualTo(1);
        mvc.perform(post(TEAMS + "/" + team + "/members/" + memberId + "/leave")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("leftOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select left_on from lottery.team_members where id = :id")
                        .param("id", memberId)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now());
        assertThat(fixtures.audits("lottery.member.leave", memberId)).isEqualTo(1);
    }

    @Test
    void badTeamAndMemberInputStoresNothing() throws Exception {
        long team = fixtures.team("已有队伍" + unique, "OUTLET_MANAGERS");
        for (String[] bad : List.of(
                new String[] {"已有队伍" + unique, "DISTRIBUTION"},
                new String[] {"<script>x</script>", "DISTRIBUTION"},
                new String[] {"", "DISTRIBUTION"},
                new String[] {"新队伍" + unique, "NOPE"})) {
            mvc.perform(post(TEAMS)
                            .with(csrf())
                            .with(logins.as("fucai"))
                            .param("name", bad[0])
                            .param("kind", bad[1]))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasErrors("lotteryTeamForm"));
        }
        assertThat(fixtures.count("select count(*) from lottery.teams where name = ?", "新队伍" + unique))
                .isZero();
        for (String[] bad : List.of(
                new String[] {"队员" + unique, "12345", "2024-01-01"},
                new String[] {"<b>队员</b>", "19905437702", "2024-01-01"},
                new String[] {
                    "队员" + unique, "19905437702", LocalDate.now().plusDays(3).toString()
                })) {
            mvc.perform(post(TEAMS + "/" + team + "/members")
                            .with(csrf())
                            .with(logins.as("fucai"))
                            .param("name", bad[0])
                            .param("role", "MEMBER")
                            .param("phone", bad[1])
                            .param("joinedOn", bad[2]))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasErrors("lotteryMemberForm"));
        }
        assertThat(fixtures.count("select count(*) from lottery.team_members where team_id = ?", team))
                .isZero();
    }

    MockHttpServletRequestBuilder area(String name, long team, String... regionCodes) {
        return post(AREAS)
                .with(csrf())
                .param("name", name)
                .param("teamId", String.valueOf(team))
                .param("contractFrom", "2026-01-01")
                .param("contractTo", "2026-12-31")
                .param("yearlyTarget", "1,250,000.50")
                .param("regionCodes", regionCodes)
                .param("note", "测试承包");
    }

    @Test
    void staffContractsATownshipToATeamAndSeesItsOutlets() throws Exception {
        long team = fixtures.team("承包队" + unique, "OUTLET_MANAGERS");
        String outletCode = LotteryFixtures.outletCode();
        fixtures.outlet(
                outletCode,
                "区内网点" + unique,
                "CHAIN_STORE",
                township.substring(0, 9) + "001",
                LocalDate.now().minusMonths(1),
                team);
        String name = "测试承包区" + unique;
        mvc.perform(area(name, team, township).with(logins.as("fucai"))).andExpect(status().is3xxRedirection());
        var stored = jdbc.sql("select id, yearly_target_fen from lottery.areas where name = :n")
                .param("n", name)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        assertThat(stored[1]).isEqualTo(125_000_050L);
        assertThat(fixtures.count("select count(*) from lottery.area_regions where area_id = ?", stored[0]))
                .isEqualTo(1);
        assertThat(fixtures.audits("lottery.area.create", stored[0])).isEqualTo(1);
        mvc.perform(get(AREAS + "/" + stored[0]).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(outletCode)))
                .andExpect(content().string(containsString("1250000.50")));
        mvc.perform(get(AREAS).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));

        mvc.perform(area("另一承包区" + unique, team, ZHANHUA).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryAreaForm", "regionCodes"))
                .andExpect(content().string(containsString(name)));
        mvc.perform(area("另一承包区" + unique, team, township).with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryAreaForm", "regionCodes"));

        mvc.perform(post(AREAS + "/" + stored[0])
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("name", name)
                        .param("teamId", String.valueOf(team))
                        .param("contractFrom", "2026-01-01")
                        .param("contractTo", "2026-12-31")
                        .param("yearlyTarget", "2000000")
                        .param("regionCodes", ZHANHUA))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select region_code from lottery.area_regions where area_id = :id")
                        .param("id", stored[0])
                        .query(String.class)
                        .list())
                .containsExactly(ZHANHUA);
        assertThat(fixtures.audits("lottery.area.update", stored[0])).isEqualTo(1);
    }

    @Test
    void badAreaInputStoresNothing() throws Exception {
        long team = fixtures.team("坏承包队" + unique, "OUTLET_MANAGERS");
        String name = "坏承包区" + unique;
        mvc.perform(area(name, team, "370102000000").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryAreaForm", "regionCodes"));
        mvc.perform(area(name, team).with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryAreaForm", "regionCodes"));
        mvc.perform(area(name, team, ZHANHUA).param("yearlyTarget", "abc").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryAreaForm", "yearlyTarget"));
        mvc.perform(area("<script>x</script>", team, ZHANHUA).with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryAreaForm", "name"));
        mvc.perform(post(AREAS)
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("name", name)
                        .param("teamId", String.valueOf(team))
                        .param("contractFrom", "2026-01-01")
                        .param("contractTo", "2025-01-01")
                        .param("yearlyTarget", "100")
                        .param("regionCodes", ZHANHUA))
                .andExpect(model().attributeHasFieldErrors("lotteryAreaForm", "contractTo"));
        assertThat(fixtures.count("select count(*) from lottery.areas where name = ?", name))
                .isZero();
        mvc.perform(get(AREAS + "/999999999").with(logins.as("fucai"))).andExpect(status().isNotFound());
        mvc.perform(get(TEAMS + "/999999999").with(logins.as("fucai"))).andExpect(status().isNotFound());
    }
}
