package org.minzheng.region.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class RegionImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DivisionImporter importer;

    @Test
    void officialVillageLinesReplaceDemoRowsAndAddNewOnes() throws Exception {
        String csv = """
                统计用区划代码,城乡分类代码,名称
                371603101201,220,测试导入一村委会
                371603101202,220,测试导入二村委会
                """;
        upload("villages.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新增 2 条")));
        assertThat(
                        jdbc.queryForMap(
                                "select name, level, parent_code, urban_rural_class, demo from region.regions where code = '371603101201'"))
                .containsEntry("name", "测试导入一村委会")
                .containsEntry("level", "VILLAGE")
                .containsEntry("parent_code", "371603101000")
                .containsEntry("urban_rural_class", "220")
                .containsEntry("demo", false);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.audit_entries where action = 'region.division.import' and detail like 'inserted 2%'",
                        Integer.class))
                .isGreaterThanOrEqualTo(1);
    }

    /** Rolled back: the shared demo tree must keep its 380 demo villages for the other tests. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void importedRowReplacesTheDemoRowOfTheSameCode() throws Exception {
        String code = jdbc.queryForObject(
                "select code from region.regions where demo and parent_code = '371602013000' order by code desc limit 1",
                String.class);
        ImportReport report = importer.importFile(
                new java.io.ByteArrayInputStream(
                        ("code,name\n" + code + ",官方名称村委会\n").getBytes(StandardCharsets.UTF_8)),
                org.minzheng.shared.RegionCode.of("3716"),
                false,
                2023);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(jdbc.queryForMap(
                        "select name, demo, code_version::int as code_version from region.regions where code = ?",
                        code))
                .containsEntry("name", "官方名称村委会")
                .containsEntry("demo", false)
                .containsEntry("code_version", 2023);
    }

    @Test
    void gbkFileFromTheStatisticsBureauIsReadCorrectly() throws Exception {
        String csv = "code,name\n371603102201,测试国标编码村委会\n";
        upload("gbk.csv", csv.getBytes(Charset.forName("GBK"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select name from region.regions where code = '371603102201'", String.class))
                .isEqualTo("测试国标编码村委会");
    }

    @Test
    void linesOutsideTheImportersRegionAreSkippedSoANationalFileCanBeUsed() throws Exception {
        String csv = "code,name\n110101001001,北京某社区\n371603103201,测试范围内村委会\n";
        upload("national.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("跳过管辖范围外 1 条")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from region.regions where code = '110101001001'", Integer.class))
                .isZero();
    }

    @Test
    void anyBadLineRejectsTheWholeFileAndNamesEveryProblem() throws Exception {
        String csv = """
                code,name,urbanRuralClass
                371603104201,好村委会,220
                37160,短代码
                371603104202,<script>alert(1)</script>,220
                371603104203,,220
                371603104201,重复村委会,220
                371699999201,没有上级的村委会,220
                371603104204,分类错的村委会,999
                """;
        upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未导入任何内容")))
                .andExpect(content().string(containsString("区划代码应为")))
                .andExpect(content().string(containsString("名称过长或含有不允许的字符")))
                .andExpect(content().string(containsString("缺少名称")))
                .andExpect(content().string(containsString("重复出现")))
                .andExpect(content().string(containsString("城乡分类代码无效")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)</script>"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from region.regions where code like '371603104%' and code <> '371603104000'",
                        Integer.class))
                .isZero();

        upload("orphan.csv", "code,name\n371699999201,没有上级的村委会\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("上级区划不存在")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from region.regions where code = '371699999201'", Integer.class))
                .isZero();
    }

    @Test
    void wrongFilesAreRefusedWithAClearMessage() throws Exception {
        upload("villages.xlsx", new byte[] {'P', 'K', 3, 4})
                .andExpect(model().attribute("fileError", "region.import.error.type"));
        upload("villages.csv", new byte[] {'P', 'K', 3, 4, 0, 0})
                .andExpect(content().string(containsString("这不是 CSV 文本文件")));
        upload("villages.csv", "名字,编号\n甲,1\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("找不到“代码”和“名称”列")));
        upload("empty.csv", new byte[0]).andExpect(model().attribute("fileError", "region.import.error.noFile"));
    }

    @Test
    void onlyHoldersOfTheImportPermissionMayImport() throws Exception {
        mvc.perform(get("/console/region/import").with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/console/region/import")
                        .file(new MockMultipartFile(
                                "file",
                                "x.csv",
                                "text/csv",
                                "code,name\n371602005099,x\n".getBytes(StandardCharsets.UTF_8)))
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from region.regions where code = '371602005099'", Integer.class))
                .isZero();
    }

    private ResultActions upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/console/region/import")
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .with(logins.as("admin"))
                .with(csrf()));
    }
}
