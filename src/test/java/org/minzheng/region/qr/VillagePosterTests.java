package org.minzheng.region.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.region.VillageScans;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.qr.QrScanner;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class VillagePosterTests {

    static final String PORTAL = "http://localhost:8080/v/";
    static final String PENGLI = "371602005";
    static final String PENGLI_COMMUNITY = "371602005001";
    static final String LIZE = "371602012";
    static final String LIZE_STREET_VILLAGE = "371602012201";
    static final String ZHANHUA = "371603";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VillageScans scans;

    @Autowired
    Clock clock;

    @Test
    void posterShowsTheVillageWhereItHangsTheHotlineAndTheFourServices() throws Exception {
        Document page =
                html(mvc.perform(get("/console/region/qr/" + PENGLI_COMMUNITY).with(logins.as("pengli")))
                        .andExpect(status().isOk())
                        .andReturn());

        Element poster = page.selectFirst("article.poster");
        assertThat(poster.selectFirst(".poster-village").text()).isEqualTo(nameOf(PENGLI_COMMUNITY));
        assertThat(poster.selectFirst(".poster-place").text()).contains("滨城区", "彭李街道");
        assertThat(poster.selectFirst(".poster-hotline").text()).contains("服务热线", "12345");
        assertThat(poster.text()).contains("请用微信扫一扫");
        assertThat(poster.select(".poster-services li"))
                .extracting(Element::text)
                .containsExactly(
                        "码上通 查政策 看看自己能享受哪些救助政策",
                        "码上办 在线申请 不用跑腿，扫码提交救助申请",
                        "码上查 公示名单 查看每月低保、特困等公示名单",
                        "码上清 我的救助 本人享受的救助一目了然");
        assertThat(QrScanner.readDataUri(poster.selectFirst(".poster-qr img").attr("src")))
                .isEqualTo(PORTAL + PENGLI_COMMUNITY);
        assertThat(poster.selectFirst(".poster-code").text()).isEqualTo("演示 " + PENGLI_COMMUNITY);
        assertThat(page.selectFirst("#demo-warning").text()).contains("演示数据", "请勿正式张贴");
        assertThat(page.selectFirst("#print-poster").attr("href"))
                .isEqualTo("/console/region/qr/" + PENGLI_COMMUNITY + "/posters");
        assertThat(page.selectFirst("#download-png").attr("href"))
                .isEqualTo("/console/region/qr/" + PENGLI_COMMUNITY + ".png");
    }

    @Test
    @Transactional
    void posterPageCountsScansInTotalInTheLastThirtyDaysAndPerDay() throws Exception {
        LocalDate today = LocalDate.now(clock);
        RegionCode village = RegionCode.of(PENGLI_COMMUNITY);
        for (int i = 0; i < 3; i++) {
            scans.record(village, today);
        }
        scans.record(village, today.minusDays(13));
        scans.record(village, today.minusDays(20));
        scans.record(village, today.minusDays(60));
        scans.flush();

        Document page =
                html(mvc.perform(get("/console/region/qr/" + PENGLI_COMMUNITY).with(logins.as("pengli")))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.selectFirst("#scans-total").text()).isEqualTo("6");
        assertThat(page.selectFirst("#scans-recent").text()).isEqualTo("5");
        var days = page.select("#scans-by-day tbody tr");
        assertThat(days).hasSize(14);
        assertThat(days.get(0).text()).isEqualTo(today + " 3");
        assertThat(days.get(13).text()).isEqualTo(today.minusDays(13) + " 1");
        assertThat(days.subList(1, 13)).allSatisfy(day -> assertThat(day.text()).endsWith(" 0"));
    }

    @Test
    void pngDownloadReadsBackAsTheVillagePortalAddress() throws Exception {
        MvcResult result = mvc.perform(
                        get("/console/region/qr/" + PENGLI_COMMUNITY + ".png").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.IMAGE_PNG_VALUE))
                .andReturn();

        ContentDisposition download =
                ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition"));
        assertThat(download.isAttachment()).isTrue();
        assertThat(download.getFilename()).isEqualTo(PENGLI_COMMUNITY + "-" + nameOf(PENGLI_COMMUNITY) + ".png");
        assertThat(QrScanner.read(result.getResponse().getContentAsByteArray())).isEqualTo(PORTAL + PENGLI_COMMUNITY);
    }

    @Test
    void zipHoldsOneReadablePngPerVillageOfTheTownshipAndIsAudited() throws Exception {
        long auditedBefore = downloadsAudited("lize", LIZE + "000");

        MvcResult result = mvc.perform(
                        get("/console/region/qr/" + LIZE + "/posters.zip").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn();

        ContentDisposition download =
                ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition"));
        assertThat(download.isAttachment()).isTrue();
        assertThat(download.getFilename()).isEqualTo("里则街道村居二维码-" + LIZE + ".zip");
        Map<String, byte[]> entries = unzip(result.getResponse().getContentAsByteArray());
        List<String> expectedNames =
                jdbc.sql("""
                        select code || '-' || name || '.png' from region.regions
                        where level = 'VILLAGE' and code like :prefix || '%' order by code
                        """).param("prefix", LIZE).query(String.class).list();
        assertThat(entries).hasSize(villagesBelow(LIZE));
        assertThat(entries.keySet()).containsExactlyElementsOf(expectedNames);
        assertThat(QrScanner.read(entries.get(LIZE_STREET_VILLAGE + "-里则街村委会.png")))
                .isEqualTo(PORTAL + LIZE_STREET_VILLAGE);
        assertThat(downloadsAudited("lize", LIZE + "000")).isEqualTo(auditedBefore + 1);
        assertThat(jdbc.sql("""
                        select detail from audit.audit_entries
                        where action = 'region.qr.download' and actor_username = 'lize' order by id desc limit 1
                        """).query(String.class).single()).isEqualTo(villagesBelow(LIZE) + " villages");
    }

    @Test
    void printViewHasOnePosterPerVillageInCodeOrder() throws Exception {
        Document page = html(
                mvc.perform(get("/console/region/qr/" + PENGLI + "/posters").with(logins.as("pengli")))
                        .andExpect(status().isOk())
                        .andReturn());

        List<String> printed = page.select("article.poster").eachAttr("data-village");
        List<String> villages = jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :prefix || '%' order by code")
                .param("prefix", PENGLI)
                .query(String.class)
                .list();
        assertThat(printed).hasSize(20).containsExactlyElementsOf(villages);
        assertThat(QrScanner.readDataUri(
                        page.select("article.poster img").get(19).attr("src")))
                .isEqualTo(PORTAL + villages.get(19));
        assertThat(page.selectFirst("button[data-print]")).isNotNull();
        assertThat(page.selectFirst(".print-warning").text()).startsWith("其中 20 个村居为演示数据");
        assertThat(page.select("script:not([src])")).isEmpty();
    }

    @Test
    void countyPrintViewCoversEveryVillageOfTheCounty() throws Exception {
        Document page =
                html(mvc.perform(get("/console/region/qr/371602/posters").with(logins.as("bincheng")))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.select("article.poster"))
                .hasSize(villagesBelow("371602"))
                .hasSize(380);
    }

    @Test
    void townshipReviewerGetsNotFoundForAnotherTownshipsVillagesAndAnotherCounty() throws Exception {
        long auditedBefore = downloadsAudited("pengli", ZHANHUA + "000000");
        for (String path : List.of(
                "/console/region/qr/" + LIZE_STREET_VILLAGE,
                "/console/region/qr/" + LIZE_STREET_VILLAGE + ".png",
                "/console/region/qr/" + LIZE + "/posters",
                "/console/region/qr/" + LIZE + "/posters.zip",
                "/console/region/qr/" + ZHANHUA + "/posters",
                "/console/region/qr/" + ZHANHUA + "/posters.zip")) {
            mvc.perform(get(path).with(logins.as("pengli"))).andExpect(status().isNotFound());
        }
        assertThat(downloadsAudited("pengli", ZHANHUA + "000000")).isEqualTo(auditedBefore);
    }

    @Test
    void villageAssistantOpensOnlyTheOwnVillage() throws Exception {
        mvc.perform(get("/console/region/qr/" + LIZE_STREET_VILLAGE).with(logins.as("cunwei")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/region/qr/" + LIZE_STREET_VILLAGE + ".png").with(logins.as("cunwei")))
                .andExpect(status().isOk());
        Document ownPosters = html(mvc.perform(get("/console/region/qr/" + LIZE_STREET_VILLAGE + "/posters")
                        .with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(ownPosters.select("article.poster").eachAttr("data-village")).containsExactly(LIZE_STREET_VILLAGE);

        mvc.perform(get("/console/region/qr/371602012202").with(logins.as("cunwei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/region/qr/" + LIZE + "/posters").with(logins.as("cunwei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/region/qr/" + PENGLI_COMMUNITY + ".png").with(logins.as("cunwei")))
                .andExpect(status().isNotFound());
    }

    @Test
    void auditorMayNotPrintPosters() throws Exception {
        for (String path : List.of(
                "/console/region/qr/" + PENGLI_COMMUNITY,
                "/console/region/qr/" + PENGLI_COMMUNITY + ".png",
                "/console/region/qr/" + PENGLI + "/posters",
                "/console/region/qr/" + PENGLI + "/posters.zip")) {
            mvc.perform(get(path).with(logins.as("auditor"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void codesThatAreNoVillageOrNoCodeAnswerNotFound() throws Exception {
        for (String path : List.of(
                "/console/region/qr/" + PENGLI,
                "/console/region/qr/" + PENGLI + "000",
                "/console/region/qr/371602005999",
                "/console/region/qr/abc",
                "/console/region/qr/abc/posters",
                "/console/region/qr/371602005999/posters")) {
            mvc.perform(get(path).with(logins.as("pengli"))).andExpect(status().isNotFound());
        }
    }

    @Test
    void aRegionWithoutVillagesHasNoZipToDownload() throws Exception {
        mvc.perform(get("/console/region/qr/" + ZHANHUA + "/posters.zip").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        Document page = html(
                mvc.perform(get("/console/region/qr/" + ZHANHUA + "/posters").with(logins.as("zhanhua")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.select("article.poster")).isEmpty();
        assertThat(page.selectFirst(".empty").text()).isEqualTo("该区域下没有村（社区），没有要打印的海报。");
    }

    @Test
    void regionPagesLinkToThePostersForThoseWhoMayPrintThem() throws Exception {
        Document township = html(
                mvc.perform(get("/console/region/regions/" + PENGLI + "000").with(logins.as("pengli")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(township.selectFirst("#print-posters").attr("href"))
                .isEqualTo("/console/region/qr/" + PENGLI + "000/posters");
        assertThat(township.selectFirst("#download-posters").attr("href"))
                .isEqualTo("/console/region/qr/" + PENGLI + "000/posters.zip");
        assertThat(township.selectFirst("#village-qr")).isNull();

        Document village = html(
                mvc.perform(get("/console/region/regions/" + PENGLI_COMMUNITY).with(logins.as("pengli")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(village.selectFirst("#village-qr").attr("href")).isEqualTo("/console/region/qr/" + PENGLI_COMMUNITY);

        Document forAuditor = html(
                mvc.perform(get("/console/region/regions/" + PENGLI + "000").with(logins.as("auditor")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(forAuditor.select("#print-posters, #download-posters, #village-qr"))
                .isEmpty();

        Document withoutVillages = html(
                mvc.perform(get("/console/region/regions/" + ZHANHUA + "000000").with(logins.as("zhanhua")))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(withoutVillages.select("#print-posters, #download-posters")).isEmpty();
    }

    private String nameOf(String code) {
        return jdbc.sql("select name from region.regions where code = :code")
                .param("code", code)
                .query(String.class)
                .single();
    }

    private int villagesBelow(String prefix) {
        return jdbc.sql("select count(*) from region.regions where level = 'VILLAGE' and code like :prefix || '%'")
                .param("prefix", prefix)
                .query(Integer.class)
                .single();
    }

    private long downloadsAudited(String username, String regionCode) {
        return jdbc.sql("""
                        select count(*) from audit.audit_entries
                        where action = 'region.qr.download' and actor_username = :username and target_id = :region
                        """)
                .param("username", username)
                .param("region", regionCode)
                .query(Long.class)
                .single();
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
