package org.minzheng.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.dictionary.DictionaryFixtures;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class EntryImportTests {

    static final String BASE = "/console/dictionary/dictionaries/";
    static final List<String> HEADINGS = List.of("代码", "中文名称", "英文名称", "排序", "启用");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    DictionaryFixtures fixtures;
    String code;

    @BeforeEach
    void aDictionary() {
        fixtures = new DictionaryFixtures(jdbc);
        code = fixtures.aLocalDictionary();
    }

    @Test
    void importPageOffersTheTemplate() throws Exception {
        mvc.perform(get(BASE + code + "/import").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BASE + code + "/import/template")));
        byte[] template = mvc.perform(get(BASE + code + "/import/template").with(logins.as("admin")))
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(template))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.values())
                .containsExactlyElementsOf(HEADINGS));
    }

    @Test
    void workbookAddsNewCodesAndUpdatesTheLabelsOfKnownOnes() throws Exception {
        byte[] workbook = xlsx(
                HEADINGS,
                List.of("A", "甲改", "Alpha 2", "", ""),
                List.of("D", "丁", "Delta", "5", "是"),
                List.of("E", "戊", "Epsilon", "", "否"));

        upload("entries.xlsx", workbook)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新增 2 条，更新 1 条")));

        assertThat(fixtures.codesInOrder(code)).containsExactly("D", "A", "B", "C", "E");
        assertThat(fixtures.labelZh(code, "A")).isEqualTo("甲改");
        assertThat(fixtures.sortOrder(code, "A")).isEqualTo(10);
        assertThat(fixtures.enabled(code, "A")).isTrue();
        assertThat(fixtures.enabled(code, "E")).isFalse();
        assertThat(fixtures.sortOrder(code, "E")).isEqualTo(40);
        assertThat(fixtures.auditTrail(code)).containsExactly("dictionary.entry.import " + code + " -");
    }

    @Test
    void exportedWorkbookImportsBackUnchanged() throws Exception {
        byte[] exported = mvc.perform(get(BASE + code + "/export").with(logins.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        upload("exported.xlsx", exported).andExpect(content().string(containsString("新增 0 条，更新 3 条")));

        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "B", "C");
        assertThat(fixtures.labelZh(code, "B")).isEqualTo("乙");
    }

    @Test
    void csvWithEnglishHeadingsAndByteOrderMarkIsAccepted() throws Exception {
        String csv = "\uFEFFCode,Chinese label,English label,Sort,Enabled\nB,乙二,Beta two,,No\nF,己,Zeta,1,Yes\n";
        upload("entries.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("新增 1 条，更新 1 条")));

        assertThat(fixtures.codesInOrder(code)).containsExactly("F", "A", "B", "C");
        assertThat(fixtures.labelZh(code, "B")).isEqualTo("乙二");
        assertThat(fixtures.enabled(code, "B")).isFalse();
    }

    @Test
    void csvSavedByChineseExcelInGbkIsAccepted() throws Exception {
        String csv = "代码,中文名称,英文名称\r\nG,庚,Eta\r\n";
        upload("entries.csv", csv.getBytes(Charset.forName("GBK")))
                .andExpect(content().string(containsString("新增 1 条，更新 0 条")));
        assertThat(fixtures.labelZh(code, "G")).isEqualTo("庚");
    }

    @Test
    void fileWithBadRowsIsRefusedWholeAndEveryProblemIsListedWithItsRow() throws Exception {
        byte[] workbook = xlsx(
                HEADINGS,
                List.of("D", "丁", "Delta", "", ""),
                List.of("", "无代码", "No code", "", ""),
                List.of("E", "<script>alert(1)</script>", "Epsilon", "", ""),
                List.of("D", "又一个丁", "Delta again", "", ""),
                List.of("F", "己", "Zeta", "abc", "也许"),
                List.of("B", "乙改", "", "", ""),
                List.of("toolongcode_123456789", "长".repeat(51), "Long", "", ""));

        upload("entries.xlsx", workbook)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件有 8 处问题，未导入任何内容")))
                .andExpect(content().string(containsString("<td class=\"num\">3</td>")))
                .andExpect(content().string(containsString("<td class=\"num\">8</td>")))
                .andExpect(content().string(containsString("代码在文件中重复出现")))
                .andExpect(content().string(containsString("不能包含尖括号")))
                .andExpect(content().string(containsString("启用列应填“是”或“否”")));

        ImportReport report = (ImportReport) mvc.perform(multipart(BASE + code + "/import")
                        .file(new MockMultipartFile("file", "entries.xlsx", null, workbook))
                        .with(csrf())
                        .with(logins.as("admin")))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("report");
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(3, 4, 5, 6, 6, 7, 8, 8);

        assertThat(fixtures.codesInOrder(code)).containsExactly("A", "B", "C");
        assertThat(fixtures.labelZh(code, "B")).isEqualTo("乙");
        assertThat(fixtures.auditTrail(code)).isEmpty();
    }

    @Test
    void wrongHeadingsAreReported() throws Exception {
        upload("entries.xlsx", xlsx(List.of("编号", "名称"), List.of("D", "丁")))
                .andExpect(content().string(containsString("第一行应为列名：代码, 中文名称, 英文名称, 排序, 启用")));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
    }

    @Test
    void emptyWorkbookIsReported() throws Exception {
        upload("entries.xlsx", xlsx(HEADINGS)).andExpect(content().string(containsString("文件中没有字典项")));
    }

    @Test
    void wrongFileTypesAreRefusedWithAClearMessage() throws Exception {
        upload("entries.txt", "A,甲,Alpha".getBytes(StandardCharsets.UTF_8))
                .andExpect(model().attribute("fileError", "dictionary.import.error.type"))
                .andExpect(content().string(containsString("只能上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）")));
        upload("entries.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})
                .andExpect(model().attribute("fileError", "dictionary.import.error.type"));
        upload("entries.xlsx", "代码,中文名称,英文名称\nD,丁,Delta\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(model().attribute("fileError", "dictionary.import.error.notWorkbook"));
        upload("entries.csv", xlsx(HEADINGS, List.of("D", "丁", "Delta", "", "")))
                .andExpect(model().attribute("fileError", "dictionary.import.error.notText"));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
    }

    @Test
    void damagedWorkbookIsRefused() throws Exception {
        byte[] damaged = Arrays.copyOf(xlsx(HEADINGS, List.of("D", "丁", "Delta", "", "")), 300);
        upload("entries.xlsx", damaged)
                .andExpect(status().isOk())
                .andExpect(model().attribute("fileError", "dictionary.import.error.unreadable"));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
    }

    @Test
    void fileOverTwoMegabytesIsRefused() throws Exception {
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        large[0] = 'P';
        large[1] = 'K';
        upload("entries.xlsx", large)
                .andExpect(model().attribute("fileError", "dictionary.import.error.size"))
                .andExpect(content().string(containsString("文件超过 2 MB")));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
    }

    @Test
    void fileWithMoreThan2000RowsIsRefused() throws Exception {
        var csv = new StringBuilder("代码,中文名称,英文名称\n");
        for (int i = 0; i <= 2000; i++) {
            csv.append("N")
                    .append(i)
                    .append(",项")
                    .append(i)
                    .append(",Item ")
                    .append(i)
                    .append('\n');
        }
        upload("entries.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件超过 2000 行")));
        assertThat(fixtures.entryCount(code)).isEqualTo(3);
    }

    @Test
    void missingFileIsReported() throws Exception {
        upload("entries.xlsx", new byte[0]).andExpect(model().attribute("fileError", "dictionary.import.error.noFile"));
    }

    private ResultActions upload(String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart(BASE + code + "/import")
                .file(new MockMultipartFile("file", fileName, null, bytes))
                .with(csrf())
                .with(logins.as("admin")));
    }

    @SafeVarargs
    private static byte[] xlsx(List<String> headings, List<String>... rows) {
        var out = new ByteArrayOutputStream();
        FastExcel.write(out)
                .head(headings.stream().map(List::of).toList())
                .sheet("entries")
                .doWrite(
                        Arrays.stream(rows).map(row -> List.<Object>copyOf(row)).toList());
        return out.toByteArray();
    }
}
