package org.minzheng.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.minzheng.registry.importing.CollectionRows.ADDRESS;
import static org.minzheng.registry.importing.CollectionRows.PENGLI_COMMUNITY;
import static org.minzheng.registry.importing.CollectionRows.freshIdNumber;
import static org.minzheng.registry.importing.CollectionRows.row;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.registry.household.PersonalDataContexts;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.BackgroundJobs.JobState;
import org.minzheng.workbench.BackgroundJobs.JobStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The bulk import of the collection file through its pages: every kind of bad row rejected with its
 * reason and nothing of it stored, valid rows stored, a re-import that changes nothing, a changed row
 * previewed and applied, a batch confirmed once, uploads refused, and who may do what where.
 */
@IntegrationTest
class RegistryImportTests {

    static final String BASE = "/console/registry/import";
    static final DataScope CITY = new DataScope(RegionCode.of("371600000000"));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    Households households;

    @Autowired
    BlindIndex blindIndex;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeWhatTheTestImported() {
        jdbc.sql("delete from registry.households where address like :address")
                .param("address", ADDRESS + "%")
                .update();
        List<Long> batches = jdbc.sql("select id from registry.import_batches where file_name like 'import-test%'")
                .query(Long.class)
                .list();
        for (long batch : batches) {
            jdbc.sql("delete from registry.import_rows where batch_id = :id")
                    .param("id", batch)
                    .update();
            jdbc.sql("delete from registry.import_households where batch_id = :id")
                    .param("id", batch)
                    .update();
            jdbc.sql("delete from registry.import_batches where id = :id")
                    .param("id", batch)
                    .update();
        }
    }

    @Test
    void rejectsEveryKindOfBadRowWithItsReasonAndStoresOnlyTheValidHouseholds() throws Exception {
        String headId = freshIdNumber();
        String spouseId = freshIdNumber();
        String registeredHead = freshIdNumber();
        String registeredElsewhere = freshIdNumber();
        registerCouple(registeredHead, freshIdNumber());
        registerCouple(freshIdNumber(), registeredElsewhere);
        String badCheckDigit = withWrongCheckDigit(freshIdNumber());
        String first17 = "37162619990231" + "123";
        String badBirthDate = first17 + IdNumber.checkChar(first17);

        CollectionRows file = new CollectionRows();
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        lines.put("valid head", file.nextLine());
        file.add(row("V1", "导入户主", headId, "02").with(4, "dibao|edge").with(5, "3000.50"));
        lines.put("valid spouse", file.nextLine());
        file.add(row("V1", "导入配偶", spouseId, "10")
                .with(4, "dibao|edge")
                .with(5, "3000.50")
                .with(12, "650.50"));
        lines.put("check digit", file.nextLine());
        file.add(row("B01", "校验位错", badCheckDigit, "02"));
        lines.put("birth date", file.nextLine());
        file.add(row("B02", "日期错", badBirthDate, "02"));
        lines.put("unknown village", file.nextLine());
        file.add(row("B03", "无此村", freshIdNumber(), "02").with(1, "371602012998"));
        lines.put("outside scope", file.nextLine());
        file.add(row("B04", "外区", freshIdNumber(), "02").with(1, PENGLI_COMMUNITY));
        lines.put("hukou", file.nextLine());
        file.add(row("B05", "户口错", freshIdNumber(), "02").with(3, "乡村"));
        lines.put("category", file.nextLine());
        file.add(row("B06", "类别错", freshIdNumber(), "02").with(4, "dibao|rich"));
        lines.put("negative", file.nextLine());
        file.add(row("B07", "负财产", freshIdNumber(), "02").with(5, "-5"));
        lines.put("precision", file.nextLine());
        file.add(row("B08", "三位小数", freshIdNumber(), "02").with(12, "12.345"));
        lines.put("two heads 1", file.nextLine());
        file.add(row("B09", "户主甲", freshIdNumber(), "02"));
        lines.put("two heads 2", file.nextLine());
        file.add(row("B09", "户主乙", freshIdNumber(), "02"));
        lines.put("no head", file.nextLine());
        file.add(row("B10", "无户主", freshIdNumber(), "10"));
        lines.put("duplicate", file.nextLine());
        file.add(row("B11", "重复", headId, "02"));
        lines.put("registered head", file.nextLine());
        file.add(row("B12", "已登记户主", registeredHead, "02"));
        lines.put("registered elsewhere", file.nextLine());
        file.add(row("B12", "别户成员", registeredElsewhere, "10"));
        lines.put("script", file.nextLine());
        file.add(row("B13", "<script>alert(1)</script>", freshIdNumber(), "02"));
        lines.put("blank", file.nextLine());
        file.add(row("B14", "缺住址", freshIdNumber(), "02").with(2, ""));
        lines.put("columns", file.nextLine());
        file.addRaw(String.join(
                ",", List.of(row("B15", "少一列", freshIdNumber(), "02").cells).subList(0, 12)));
        lines.put("fields differ 1", file.nextLine());
        file.add(row("B16", "住址甲", freshIdNumber(), "02"));
        lines.put("fields differ 2", file.nextLine());
        file.add(row("B16", "住址乙", freshIdNumber(), "10").with(2, ADDRESS + "别处"));

        ImportBatch batch = validated("lize", "import-test-bad.csv", file.csv(StandardCharsets.UTF_8));

        Map<Integer, String> problems = problemsByLine(batch.id());
        assertThat(problems)
                .containsEntry(lines.get("check digit"), "ID_CHECK_DIGIT")
                .containsEntry(lines.get("birth date"), "ID_BIRTH_DATE")
                .containsEntry(lines.get("unknown village"), "UNKNOWN_VILLAGE")
                .containsEntry(lines.get("outside scope"), "OUTSIDE_SCOPE")
                .containsEntry(lines.get("hukou"), "HUKOU")
                .containsEntry(lines.get("category"), "CATEGORY")
                .containsEntry(lines.get("negative"), "AMOUNT_NEGATIVE")
                .containsEntry(lines.get("precision"), "AMOUNT_PRECISION")
                .containsEntry(lines.get("two heads 1"), "SEVERAL_HEADS")
                .containsEntry(lines.get("two heads 2"), "SEVERAL_HEADS")
                .containsEntry(lines.get("no head"), "NO_HEAD")
                .containsEntry(lines.get("duplicate"), "DUPLICATE_IN_FILE")
                .containsEntry(lines.get("registered elsewhere"), "REGISTERED_ELSEWHERE")
                .containsEntry(lines.get("registered head"), "HOUSEHOLD_INCOMPLETE")
                .containsEntry(lines.get("script"), "NAME")
                .containsEntry(lines.get("blank"), "BLANK")
                .containsEntry(lines.get("columns"), "COLUMN_COUNT")
                .containsEntry(lines.get("fields differ 2"), "HOUSEHOLD_FIELDS_DIFFER")
                .containsEntry(lines.get("fields differ 1"), "HOUSEHOLD_INCOMPLETE")
                .doesNotContainKeys(lines.get("valid head"), lines.get("valid spouse"));
        assertThat(batch.rowsRejected()).isEqualTo(lines.size() - 2);
        assertThat(batch.rowsAdded()).isEqualTo(2);

        mvc.perform(get(BASE + "/" + batch.id()).param("outcome", "REJECTED").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("身份证号校验位不正确")))
                .andExpect(content().string(Matchers.containsString("“家庭住址”未填写")))
                .andExpect(content().string(Matchers.containsString("身份证号与第" + lines.get("valid head") + "行重复")))
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
        mvc.perform(get(BASE + "/" + batch.id() + "/rejected.xlsx").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(excelRows(result.getResponse().getContentAsByteArray()))
                        .hasSize(lines.size() - 2 + 1));

        confirmAndWait("lize", batch.id());

        assertThat(registered(headId)).isTrue();
        assertThat(registered(spouseId)).isTrue();
        for (String bad : List.of(badCheckDigit, badBirthDate)) {
            assertThat(jdbc.sql("select count(*) from registry.persons where name in ('校验位错', '日期错')")
                            .query(Long.class)
                            .single())
                    .as(bad)
                    .isZero();
        }
        assertThat(jdbc.sql("select count(*) from registry.households where address like :a")
                        .param("a", ADDRESS + "B%")
                        .query(Long.class)
                        .single())
                .isZero();
        HouseholdId imported = households
                .findByIdNumber(IdNumber.parse(headId), CITY)
                .orElseThrow()
                .id();
        var details = households.find(imported, CITY).orElseThrow();
        assertThat(details.categories()).containsExactlyInAnyOrder(HouseholdCategory.DIBAO, HouseholdCategory.EDGE);
        assertThat(details.members()).hasSize(2);
        // the ciphertexts written by COPY decrypt where the household module reads them
        assertThat(households.memberIdNumbers(imported))
                .extracting(IdNumber::value)
                .containsExactlyInAnyOrder(headId, spouseId);
        assertThat(jdbc.sql("select assets_fen from registry.households where id = :id")
                        .param("id", imported.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(300050L);
        assertThat(jdbc.sql(
                                "select count(*) from registry.category_periods where household_id = :id and ended_on is null")
                        .param("id", imported.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
        mvc.perform(get("/console/registry/households/" + imported.value()).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("¥3,000.50")))
                .andExpect(content().string(Matchers.containsString("¥650.50")));
    }

    @Test
    void reImportOfTheSameFileChangesNothingAndAChangedRowIsPreviewedThenApplied() throws Exception {
        String headId = freshIdNumber();
        String childId = freshIdNumber();
        CollectionRows file =
                new CollectionRows().add(row("R1", "重导户主", headId, "02")).add(row("R1", "重导子女", childId, "20"));
        confirmAndWait(
                "lize",
                validated("lize", "import-test-first.csv", file.csv(StandardCharsets.UTF_8))
                        .id());
        long household = households
                .findByIdNumber(IdNumber.parse(headId), CITY)
                .orElseThrow()
                .id()
                .value();
        Map<String, Object> before = householdRow(household);

        ImportBatch again = validated("lize", "import-test-again.csv", file.csv(StandardCharsets.UTF_8));

        assertThat(again.rowsUnchanged()).isEqualTo(2);
        assertThat(again.rowsAdded() + again.rowsChanged() + again.rowsRejected())
                .isZero();
        confirmAndWait("lize", again.id());
        assertThat(householdRow(household)).isEqualTo(before);

        CollectionRows changed = new CollectionRows()
                .add(row("R1", "重导户主", headId, "02").with(2, ADDRESS + "新址"))
                .add(row("R1", "重导子女", childId, "20").with(2, ADDRESS + "新址").with(12, "480.00"))
                .add(row("R1", "重导新成员", freshIdNumber(), "30").with(2, ADDRESS + "新址"));
        ImportBatch third = validated("lize", "import-test-changed.xlsx", xlsx(changed.table()));

        assertThat(third.rowsChanged())
                .as(problemsByLine(third.id()).toString())
                .isEqualTo(2);
        assertThat(third.rowsAdded()).isEqualTo(1);
        assertThat(third.householdsChanged()).isEqualTo(1);
        mvc.perform(get(BASE + "/" + third.id()).param("outcome", "CHANGED").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("变更：住址、月收入")));
        confirmAndWait("lize", third.id());

        Map<String, Object> after = householdRow(household);
        assertThat(after.get("address")).isEqualTo(ADDRESS + "新址");
        assertThat((Long) after.get("version")).isEqualTo((Long) before.get("version") + 1);
        assertThat(households
                        .find(new HouseholdId(household), CITY)
                        .orElseThrow()
                        .members())
                .hasSize(3);
        assertThat(jdbc.sql("select monthly_income_fen from registry.persons where id_number_index = :i")
                        .param("i", index(childId))
                        .query(Long.class)
                        .single())
                .isEqualTo(48000L);
    }

    @Test
    void aBatchIsConfirmedOnlyOnce() throws Exception {
        CollectionRows file = new CollectionRows().add(row("D1", "双击户主", freshIdNumber(), "02"));
        ImportBatch batch = validated("lize", "import-test-double.csv", file.csv(StandardCharsets.UTF_8));

        long job = jobOf(mvc.perform(post(BASE + "/" + batch.id() + "/commit")
                        .with(logins.as("lize"))
                        .with(csrf()))
                .andReturn());
        mvc.perform(post(BASE + "/" + batch.id() + "/commit")
                        .with(logins.as("lize"))
                        .with(csrf()))
                .andExpect(redirectedUrl(BASE + "/" + batch.id()))
                .andExpect(flash().attribute("flashError", "这批数据已经确认导入过或正在导入，不能再次确认。"));
        finished(job);
        mvc.perform(post(BASE + "/" + batch.id() + "/commit")
                        .with(logins.as("lize"))
                        .with(csrf()))
                .andExpect(redirectedUrl(BASE + "/" + batch.id()));
        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_entries where action = 'registry.import.commit' and target_id = :id")
                        .param("id", Long.toString(batch.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void readsGbkCsvAndSkipsTheTemplatesExampleRow() throws Exception {
        byte[] template = mvc.perform(get(BASE + "/template.csv").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(template, StandardCharsets.UTF_8);
        assertThat(text).contains("户编号,村（社区）代码").contains("示例（导入时跳过）");
        String headId = freshIdNumber();
        String withRow = text.strip() + "\r\n" + String.join(",", row("G1", "国标编码", headId, "02").cells) + "\r\n";

        ImportBatch batch = validated(
                "lize", "import-test-gbk.csv", withRow.replace("\uFEFF", "").getBytes(Charset.forName("GBK")));

        assertThat(batch.rowsTotal()).isEqualTo(1);
        assertThat(batch.rowsAdded()).isEqualTo(1);
        confirmAndWait("lize", batch.id());
        assertThat(jdbc.sql("select name from registry.persons where id_number_index = :i")
                        .param("i", index(headId))
                        .query(String.class)
                        .single())
                .isEqualTo("国标编码");
        byte[] workbook = mvc.perform(get(BASE + "/template.xlsx").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(excelRows(workbook)).hasSize(2);
    }

    @Test
    void refusesAFileThatIsNotACollectionFile() throws Exception {
        byte[] wrongHeadings = "姓名,身份证号\r\n张三,110105194912310029\r\n".getBytes(StandardCharsets.UTF_8);
        long job = upload("lize", "import-test-headings.csv", wrongHeadings);

        JobState state = finished(job);

        assertThat(state.status()).isEqualTo(JobStatus.FAILED);
        assertThat(state.summary()).startsWith("第一行不是采集表的表头");
    }

    @Test
    void refusesUploadsOfTheWrongTypeContentOrSize() throws Exception {
        long before = batchCount();
        mvc.perform(multipart(BASE)
                        .file(new MockMultipartFile("file", "import-test.txt", "text/plain", "a,b".getBytes()))
                        .with(logins.as("lize"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只能上传 .csv 或 .xlsx 格式的采集表。")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
        mvc.perform(multipart(BASE)
                        .file(new MockMultipartFile("file", "import-test.xlsx", "application/octet-stream", png))
                        .with(logins.as("lize"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("文件内容与扩展名不符")));
        MockMultipartFile huge = new MockMultipartFile("file", "import-test.csv", "text/csv", "x".getBytes()) {
            @Override
            public long getSize() {
                return 300L * 1024 * 1024;
            }
        };
        mvc.perform(multipart(BASE).file(huge).with(logins.as("lize")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("文件超过20MB")));
        mvc.perform(multipart(BASE).with(logins.as("lize")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请选择要上传的采集表文件。")));
        assertThat(batchCount()).isEqualTo(before);
    }

    @Test
    void onlyImportingRolesReachThePagesAndOnlyWithinTheirRegion() throws Exception {
        for (String user : List.of("cunwei", "auditor")) {
            mvc.perform(get(BASE).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(BASE + "/template.csv").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get(BASE).with(logins.as("bincheng"))).andExpect(status().isOk());
        CollectionRows file = new CollectionRows().add(row("S1", "辖区户主", freshIdNumber(), "02"));
        ImportBatch batch = validated("lize", "import-test-scope.csv", file.csv(StandardCharsets.UTF_8));

        mvc.perform(get(BASE + "/" + batch.id()).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + batch.id() + "/rejected.xlsx").with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + batch.id() + "/commit")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + batch.id() + "/commit")
                        .with(logins.as("cunwei"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("import-test-scope.csv"))));
        mvc.perform(get(BASE + "/" + batch.id()).with(logins.as("bincheng"))).andExpect(status().isOk());
        assertThat(repositoryStatus(batch.id())).isEqualTo("READY");

        ImportBatch outside = validated(
                "pengli",
                "import-test-outside.csv",
                new CollectionRows()
                        .add(row("S2", "越界户主", freshIdNumber(), "02"))
                        .csv(StandardCharsets.UTF_8));
        assertThat(outside.rowsRejected()).isEqualTo(1);
        assertThat(problemsByLine(outside.id())).containsValue("OUTSIDE_SCOPE");
    }

    private ImportBatch validated(String user, String fileName, byte[] content) throws Exception {
        JobState state = finished(upload(user, fileName, content));
        assertThat(state.status()).as(state.summary()).isEqualTo(JobStatus.SUCCEEDED);
        long batchId =
                Long.parseLong(state.resultPath().substring(state.resultPath().lastIndexOf('/') + 1));
        return new ImportRepository(jdbc).find(batchId, CITY).orElseThrow();
    }

    private long upload(String user, String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart(BASE)
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(logins.as(user))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return jobOf(result);
    }

    private void confirmAndWait(String user, long batchId) throws Exception {
        JobState state = finished(jobOf(mvc.perform(post(BASE + "/" + batchId + "/commit")
                        .with(logins.as(user))
                        .with(csrf()))
                .andReturn()));
        assertThat(state.status()).as(state.summary()).isEqualTo(JobStatus.SUCCEEDED);
    }

    private static long jobOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/console/jobs/");
        return Long.parseLong(location.substring("/console/jobs/".length()));
    }

    private JobState finished(long job) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> jobs.state(job).orElseThrow(), state -> state.status() != JobStatus.RUNNING);
    }

    private Map<Integer, String> problemsByLine(long batchId) {
        return jdbc
                .sql("select line, problem from registry.import_rows where batch_id = :b and problem is not null")
                .param("b", batchId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Object> householdRow(long id) {
        return jdbc.sql("select address, version, updated_at, categories::text as categories, assets_fen "
                        + "from registry.households where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private String repositoryStatus(long batchId) {
        return jdbc.sql("select status from registry.import_batches where id = :id")
                .param("id", batchId)
                .query(String.class)
                .single();
    }

    private long batchCount() {
        return jdbc.sql("select count(*) from registry.import_batches")
                .query(Long.class)
                .single();
    }

    private boolean registered(String idNumber) {
        return jdbc.sql("select count(*) from registry.persons where id_number_index = :i")
                        .param("i", index(idNumber))
                        .query(Long.class)
                        .single()
                == 1;
    }

    private String index(String idNumber) {
        return blindIndex.of(idNumber, PersonalDataContexts.ID_NUMBER);
    }

    private void registerCouple(String headId, String spouseId) {
        logins.signIn("lize");
        try {
            register(headId, spouseId);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void register(String headId, String spouseId) {
        households.register(new NewHousehold(
                RegionCode.of(CollectionRows.LIZE_VILLAGE),
                ADDRESS + "已登记" + Instant.now().toEpochMilli(),
                HukouType.RURAL,
                Set.of(HouseholdCategory.DIBAO),
                List.of(
                        new NewPerson("已登记户主", IdNumber.parse(headId), "02", null, null, null, WorkAbility.FULL, true),
                        new NewPerson(
                                "已登记配偶", IdNumber.parse(spouseId), "10", null, null, null, WorkAbility.FULL, false)),
                false));
    }

    private static String withWrongCheckDigit(String idNumber) {
        char check = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (check == '1' ? '2' : '1');
    }

    private static byte[] xlsx(List<List<String>> table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("采集表").doWrite(table);
        return out.toByteArray();
    }

    private static List<Map<Integer, String>> excelRows(byte[] workbook) {
        return FastExcel.read(new java.io.ByteArrayInputStream(workbook))
                .headRowNumber(0)
                .sheet()
                .doReadSync();
    }
}
