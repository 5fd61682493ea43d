package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city administrator looks after the code lists: reads the national ethnicity table in both
 * languages, sets up a dictionary of its own, corrects and rearranges its entries, imports a file and
 * deletes the dictionary again; a township reviewer may only read.
 *
 * <p>The administrator's steps share one session (see {@link #signInWithSecondFactor}) and run in
 * order, because each works on the dictionary the second one creates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DictionaryBrowserTests extends BrowserScenario {

    private static final String DICTIONARIES = "/console/dictionary/dictionaries";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String CSV_HEADINGS = "代码,中文名称,英文名称,排序,启用\n";

    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = Long.toString(System.currentTimeMillis(), 36);
    private final String code = "qa-browser-" + suffix;
    private final String name = "浏览器测试字典" + suffix;
    private boolean created;

    @AfterAll
    void removeTheDictionaryShouldAStepHaveFailedBeforeDeletingIt() {
        jdbc.update("delete from dictionary.dictionaries where code = ?", code);
    }

    @Test
    @Order(1)
    void administratorReadsTheEthnicityTableInChineseAndEnglish() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);

        assertThat(texts(menuSection("系统管理"), By.tagName("a"))).contains("数据字典");
        clickMenu("数据字典");

        assertThat(path()).isEqualTo(DICTIONARIES);
        assertThat(heading()).isEqualTo("数据字典");
        assertThat(browser.findElement(By.id("new-dictionary")).getText()).isEqualTo("新增字典");
        Map<String, List<String>> listed = dictionaryRows();
        assertThat(listed)
                .containsKeys(
                        "sex",
                        "marital-status",
                        "ethnicity",
                        "relationship",
                        "disability-category",
                        "disability-grade",
                        "hukou-type",
                        "urban-rural-class");
        assertThat(listed.get("ethnicity")).startsWith("ethnicity", "民族 内置", "GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码");
        listed.forEach((dictionary, cells) -> assertThat(cells.subList(3, 5))
                .as("entry counts of %s", dictionary)
                .containsExactly(
                        count("select count(*) from dictionary.entries where dictionary_code = ?", dictionary),
                        count(
                                "select count(*) from dictionary.entries where dictionary_code = ? and enabled",
                                dictionary)));
        screenshot("50-dictionaries");

        clickAndWait(browser.findElement(By.id("dictionaries")).findElement(By.linkText("民族")));

        assertThat(path()).isEqualTo(DICTIONARIES + "/ethnicity");
        assertThat(heading()).isEqualTo("民族 内置");
        assertThat(browser.findElement(By.cssSelector("#main > section > h2")).getText())
                .isEqualTo("字典项（58）");
        List<String> codes = texts(By.cssSelector("#entries tbody td:nth-child(2)"));
        assertThat(codes).hasSize(58).endsWith("97", "98");
        assertThat(codes.subList(0, 56))
                .isEqualTo(IntStream.rangeClosed(1, 56)
                        .mapToObj(n -> String.format("%02d", n))
                        .toList());
        assertThat(cells(entryRow("01")).subList(0, 5)).containsExactly("10", "01", "汉族", "Han", "启用 内置");
        assertThat(cells(entryRow("98")).subList(1, 4))
                .containsExactly("98", "外国血统中国籍人士", "Chinese citizen of foreign origin");
        assertThat(texts(entryRow("01"), By.cssSelector("a, button"))).containsExactly("编辑", "下移", "停用");
        assertThat(browser.findElements(By.id("delete-dictionary")))
                .as("a national table stays")
                .isEmpty();
        screenshot("51-dictionary-ethnicity");

        clickAndWait(browser.findElement(By.cssSelector(".topbar-tools")).findElement(By.linkText("English")));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(heading()).isEqualTo("Ethnicity Built-in");
        assertThat(browser.findElement(By.cssSelector("#main > section > h2")).getText())
                .isEqualTo("Entries (58)");
        assertThat(texts(By.cssSelector("#entries thead th")))
                .containsExactly("Sort", "Code", "Chinese label", "English label", "Status", "Actions");
        assertThat(cells(entryRow("01")).subList(0, 5)).containsExactly("10", "01", "汉族", "Han", "Enabled Built-in");
        assertThat(texts(entryRow("01"), By.cssSelector("a, button"))).containsExactly("Edit", "Down", "Disable");
        assertThat(texts(By.cssSelector(".breadcrumb li"))).containsExactly("Dictionaries", "Ethnicity");
        assertThat(menuSection("System management")
                        .findElement(By.cssSelector("a.active"))
                        .getText())
                .isEqualTo("Dictionaries");
        screenshot("52-dictionary-ethnicity-english");

        clickAndWait(browser.findElement(By.cssSelector(".topbar-tools")).findElement(By.linkText("中文")));
        assertThat(heading()).isEqualTo("民族 内置");
    }

    @Test
    @Order(2)
    void administratorSetsUpADictionaryAndCorrectsRearrangesAndPrunesItsEntries() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("数据字典");
        clickAndWait(browser.findElement(By.id("new-dictionary")));

        assertThat(heading()).isEqualTo("新增字典");
        retype(By.id("code"), code);
        retype(By.id("nameZh"), name);
        retype(By.id("nameEn"), "Browser test " + suffix);
        retype(By.id("description"), "浏览器测试用，测试结束时删除");
        save();

        assertThat(path()).isEqualTo(DICTIONARIES + "/" + code);
        created = true;
        assertThat(flash()).isEqualTo("已新增字典“" + name + "”。");
        assertThat(heading()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector("#main .empty")).getText())
                .startsWith("这个字典还没有字典项。");
        assertThat(browser.findElements(By.id("delete-dictionary"))).hasSize(1);
        screenshot("53-dictionary-created");

        addEntry("A1", "甲类", "Class A");
        assertThat(flash()).isEqualTo("已新增字典项 A1（甲类）。");
        addEntry("B2", "乙类", "Class B");
        assertThat(flash()).isEqualTo("已新增字典项 B2（乙类）。");
        assertThat(entryCodes()).containsExactly("A1", "B2");

        clickAndWait(button(entryRow("B2"), "编辑"));

        assertThat(heading()).isEqualTo("编辑字典项 · " + name);
        assertThat(browser.findElement(By.id("sortOrder")).getDomProperty("value"))
                .isEqualTo("20");
        retype(By.id("labelZh"), "乙类（修订）");
        retype(By.id("labelEn"), "Class B, revised");
        save();

        assertThat(flash()).isEqualTo("已保存字典项 B2（乙类（修订））。");
        assertThat(cells(entryRow("B2")).subList(0, 5)).containsExactly("20", "B2", "乙类（修订）", "Class B, revised", "启用");

        String question = clickAndConfirm(button(entryRow("B2"), "停用"));

        assertThat(question).isEqualTo("确定停用“乙类（修订）”吗？停用后表单中不再出现，已有记录仍显示其名称。");
        assertThat(flash()).isEqualTo("已停用字典项 B2。");
        assertThat(entryRow("B2").findElement(By.cssSelector(".badge.bad")).getText())
                .isEqualTo("停用");
        assertThat(texts(entryRow("B2"), By.cssSelector("a, button")))
                .contains("启用")
                .doesNotContain("停用");

        clickAndWait(button(entryRow("B2"), "上移"));

        assertThat(entryCodes()).containsExactly("B2", "A1");
        assertThat(browser.getCurrentUrl()).endsWith("#entry-B2");
        assertThat(texts(entryRow("B2"), By.cssSelector("a, button")))
                .doesNotContain("上移")
                .contains("下移");
        screenshot("54-dictionary-entries-rearranged");

        clickAndWait(browser.findElement(By.id("new-entry")));
        save();

        assertThat(browser.findElement(By.cssSelector("#entry-form .flash.error"))
                        .getText())
                .isEqualTo("填写的内容有误，请修改标红的项目后重新提交。");
        assertThat(List.of(fieldError("代码"), fieldError("中文名称"), fieldError("英文名称")))
                .containsOnly("此项必填。");
        assertThat(browser.findElements(By.cssSelector("#entry-form .field-error")))
                .as("the sort order may stay empty")
                .hasSize(3);
        assertThat(entriesStored()).isEqualTo(2);
        screenshot("55-dictionary-entry-form-empty");

        retype(By.id("code"), "A1");
        retype(By.id("labelZh"), "重复的甲类");
        retype(By.id("labelEn"), "Class A again");
        save();

        assertThat(browser.findElement(By.cssSelector("#entry-form .flash.error"))
                        .getText())
                .isEqualTo("填写的内容有误，请修改标红的项目后重新提交。");
        assertThat(fieldError("代码")).isEqualTo("代码“A1”在本字典中已存在，请换一个代码，或编辑已有的字典项。");
        assertThat(entriesStored()).isEqualTo(2);
        assertThat(label("A1")).isEqualTo("甲类");
        screenshot("56-dictionary-entry-duplicate");

        retype(By.id("code"), "C3");
        retype(By.id("labelZh"), SCRIPT);
        save();

        assertThat(fieldError("中文名称")).isEqualTo("不能包含尖括号（< >）或特殊控制字符");
        assertThat(browser.findElements(By.cssSelector("#entry-form .field-error")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("labelZh")).getDomProperty("value"))
                .isEqualTo(SCRIPT);
        assertThat(browser.findElement(By.id("code")).getDomProperty("value")).isEqualTo("C3");
        assertThat(browser.findElements(By.xpath("//script[contains(., 'alert(1)')]")))
                .isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(entriesStored()).isEqualTo(2);
        screenshot("57-dictionary-entry-script");

        clickAndWait(
                browser.findElement(By.cssSelector("#entry-form .form-actions")).findElement(By.linkText("取消")));
        question = clickAndConfirm(button(entryRow("A1"), "删除"));

        assertThat(question).isEqualTo("确定删除“甲类”吗？删除后不能恢复。");
        assertThat(flash()).isEqualTo("已删除字典项 A1。");
        assertThat(entryCodes()).containsExactly("B2");
        assertThat(browser.findElement(By.cssSelector("#main > section > h2")).getText())
                .isEqualTo("字典项（1）");
        assertThat(entriesStored()).isEqualTo(1);
        screenshot("58-dictionary-entry-deleted");
    }

    @Test
    @Order(3)
    void administratorImportsAFileOnlyOnceEveryRowIsRight() throws InterruptedException, IOException {
        assumeThat(created).as("the dictionary the second step creates").isTrue();
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("数据字典");
        retype(By.id("q"), code);
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(dictionaryRows()).containsOnlyKeys(code);
        clickAndWait(browser.findElement(By.id("dictionaries")).findElement(By.linkText(name)));
        clickAndWait(browser.findElement(By.id("import-entries")));

        assertThat(heading()).isEqualTo("导入字典项 · " + name);
        assertThat(browser.findElement(By.cssSelector("#import-form button")).getText())
                .isEqualTo("检查并导入");
        screenshot("59-dictionary-import");

        Path folder = Files.createTempDirectory("dictionary-import");
        try {
            upload(csv(folder, "entries-with-a-gap.csv", "D4,丁类,Class D,,是\nE5,,Class E,,是\n"));

            assertThat(browser.findElement(By.cssSelector("#import-report .flash.error"))
                            .getText())
                    .isEqualTo("文件有 1 处问题，未导入任何内容。请修改后重新上传。");
            assertThat(texts(By.cssSelector("#problems tbody tr"))).hasSize(1);
            assertThat(cells(browser.findElement(By.cssSelector("#problems tbody tr")))
                            .subList(0, 3))
                    .containsExactly("3", "E5", "中文名称");
            assertThat(entriesStored()).isEqualTo(1);
            assertThat(entryStored("D4")).isFalse();
            screenshot("60-dictionary-import-rejected");

            upload(csv(folder, "entries.csv", "D4,丁类,Class D,,是\nB2,乙类,Class B,,\n"));

            assertThat(browser.findElement(By.cssSelector("#import-report .flash.success"))
                            .getText())
                    .isEqualTo("已导入“entries.csv”：新增 1 条，更新 1 条。");
            assertThat(browser.findElements(By.id("problems"))).isEmpty();
            screenshot("61-dictionary-import-done");
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }

        clickAndWait(browser.findElement(By.linkText("返回字典")));

        assertThat(entryCodes()).containsExactly("B2", "D4");
        assertThat(cells(entryRow("B2")).subList(1, 5)).containsExactly("B2", "乙类", "Class B", "停用");
        assertThat(cells(entryRow("D4")).subList(1, 5)).containsExactly("D4", "丁类", "Class D", "启用");
        screenshot("62-dictionary-imported-entries");
    }

    @Test
    @Order(4)
    void administratorDeletesTheDictionaryWithItsEntries() throws InterruptedException {
        assumeThat(created).as("the dictionary the second step creates").isTrue();
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("数据字典");
        retype(By.id("q"), code);
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        clickAndWait(browser.findElement(By.id("dictionaries")).findElement(By.linkText(name)));

        String question = clickAndConfirm(browser.findElement(By.cssSelector("#delete-dictionary button")));

        assertThat(question).isEqualTo("确定删除字典“" + name + "”及其全部字典项吗？删除后不能恢复。");
        assertThat(path()).isEqualTo(DICTIONARIES);
        assertThat(flash()).isEqualTo("已删除字典“" + name + "”。");
        assertThat(dictionaryRows()).doesNotContainKey(code).containsKey("ethnicity");
        assertThat(count("select count(*) from dictionary.dictionaries where code = ?", code))
                .isEqualTo("0");
        assertThat(entriesStored()).isZero();
        screenshot("63-dictionary-deleted");
    }

    @Test
    @Order(5)
    void townshipReviewerReadsTheDictionariesButFindsNoWayToChangeThem() {
        login("pengli", DEMO_PASSWORD);
        waitForHeading("您好");
        clickMenu("数据字典");

        assertThat(heading()).isEqualTo("数据字典");
        assertThat(dictionaryRows()).containsKey("ethnicity");
        assertThat(browser.findElements(By.id("new-dictionary"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#main .page-header")).getText())
                .doesNotContain("新增字典");
        screenshot("64-dictionaries-read-only");

        clickAndWait(browser.findElement(By.id("dictionaries")).findElement(By.linkText("民族")));

        assertThat(heading()).isEqualTo("民族 内置");
        assertThat(texts(By.cssSelector("#main .page-header .actions a, #main .page-header .actions button")))
                .containsExactly("导出Excel");
        assertThat(browser.findElement(By.id("export-entries")).getDomAttribute("href"))
                .isEqualTo(DICTIONARIES + "/ethnicity/export");
        assertThat(texts(By.cssSelector("#entries thead th"))).containsExactly("排序", "代码", "中文名称", "英文名称", "状态");
        assertThat(browser.findElements(By.cssSelector("#entries tbody a, #entries tbody button, #entries tbody form")))
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("#entries tbody tr"))).hasSize(58);
        screenshot("65-dictionary-read-only");

        open(DICTIONARIES + "/ethnicity/entries/new");

        assertThat(browser.findElement(By.cssSelector(".error-code")).getText()).isEqualTo("403");
        assertThat(heading()).isEqualTo("无权访问");
        assertThat(pageText()).contains("您的账户没有访问此页面的权限，如需开通请联系系统管理员。");
        screenshot("66-dictionary-manage-refused");

        open(DICTIONARIES + "/new");
        assertThat(heading()).isEqualTo("无权访问");
        open(DICTIONARIES + "/ethnicity/import");
        assertThat(heading()).isEqualTo("无权访问");

        clickAndWait(browser.findElement(By.linkText("返回工作台")));
        assertThat(path()).isEqualTo("/console");
    }

    private void save() {
        clickAndWait(browser.findElement(By.cssSelector(".form-actions button.primary")));
    }

    private void addEntry(String entryCode, String labelZh, String labelEn) {
        clickAndWait(browser.findElement(By.id("new-entry")));
        assertThat(heading()).isEqualTo("新增字典项 · " + name);
        retype(By.id("code"), entryCode);
        retype(By.id("labelZh"), labelZh);
        retype(By.id("labelEn"), labelEn);
        save();
        assertThat(path()).isEqualTo(DICTIONARIES + "/" + code);
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.cssSelector("#import-form button")));
        assertThat(heading()).isEqualTo("导入字典项 · " + name);
    }

    /** A CSV file as a clerk saves it from Excel: the column names the template has, then the rows. */
    private static Path csv(Path folder, String fileName, String rows) throws IOException {
        return Files.writeString(folder.resolve(fileName), CSV_HEADINGS + rows);
    }

    private String flash() {
        return browser.findElement(By.cssSelector(".flash.success")).getText();
    }

    /** The rows of the dictionary list by code, each as the texts of its cells. */
    private Map<String, List<String>> dictionaryRows() {
        return browser.findElements(By.cssSelector("#dictionaries tbody tr")).stream()
                .map(DictionaryBrowserTests::cells)
                .collect(Collectors.toMap(cells -> cells.get(0), cells -> cells));
    }

    private WebElement entryRow(String entryCode) {
        return browser.findElement(By.id("entry-" + entryCode));
    }

    private List<String> entryCodes() {
        return texts(By.cssSelector("#entries tbody td:nth-child(2)"));
    }

    /** The button or link of that text in a row, as a person picks it by its caption. */
    private static WebElement button(WebElement row, String caption) {
        return row.findElement(By.xpath(".//*[self::a or self::button][normalize-space()='" + caption + "']"));
    }

    private static List<String> cells(WebElement row) {
        return texts(row, By.tagName("td"));
    }

    private String count(String sql, String dictionary) {
        return Long.toString(jdbc.queryForObject(sql, Long.class, dictionary));
    }

    private long entriesStored() {
        return jdbc.queryForObject(
                "select count(*) from dictionary.entries where dictionary_code = ?", Long.class, code);
    }

    private boolean entryStored(String entryCode) {
        return jdbc.queryForObject(
                "select exists (select 1 from dictionary.entries where dictionary_code = ? and code = ?)",
                Boolean.class,
                code,
                entryCode);
    }

    private String label(String entryCode) {
        return jdbc.queryForObject(
                "select label_zh from dictionary.entries where dictionary_code = ? and code = ?",
                String.class,
                code,
                entryCode);
    }
}
