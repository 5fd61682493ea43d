package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.eldercare.bed.BedFixtures.BEDS;
import static org.minzheng.eldercare.bed.BedFixtures.LIZE;
import static org.minzheng.eldercare.bed.BedFixtures.PENGLI;
import static org.minzheng.eldercare.bed.BedFixtures.jpeg;
import static org.minzheng.eldercare.bed.BedFixtures.photo;
import static org.minzheng.eldercare.bed.BedFixtures.png;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** 竣工照片: uploaded while the works are under way, required for acceptance, kept once accepted. */
@IntegrationTest
@Transactional
class WorksPhotoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    BedFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BedFixtures(mvc, logins, jdbc);
    }

    long bedUnderWorks(String name) throws Exception {
        return fixtures.worksOrdered("pengli", fixtures.anElder(name, PENGLI), fixtures.aProvider(PENGLI));
    }

    @Test
    void managerUploadsSeveralPhotosWhichTheBedPageListsAndStreams() throws Exception {
        long bed = bedUnderWorks("照片老人甲");
        mvc.perform(get(BEDS + "/" + bed).with(logins.as("pengli")))
                .andExpect(content().string(containsString("id=\"upload-photos\"")))
                .andExpect(content().string(containsString("id=\"accept-needs-photo\"")));

        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("卫生间扶手.jpg", jpeg()))
                        .file(photo("门槛.png", png()))
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "已上传 2 张竣工照片。"));

        assertThat(fixtures.photoCount(bed)).isEqualTo(2);
        assertThat(fixtures.auditCount(bed, "eldercare.bed.photo-add")).isEqualTo(1);
        String photo = fixtures.aPhotoOf(bed);
        mvc.perform(get(BEDS + "/" + bed).with(logins.as("pengli")))
                .andExpect(content().string(containsString("卫生间扶手.jpg")))
                .andExpect(content().string(containsString("门槛.png")))
                .andExpect(content().string(containsString(BEDS + "/" + bed + "/photos/" + photo)))
                .andExpect(content().string(not(containsString("id=\"accept-needs-photo\""))));
        byte[] streamed = mvc.perform(get(BEDS + "/" + bed + "/photos/" + photo).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(streamed).isEqualTo(jpeg());
    }

    @Test
    void aTextFileNamedJpgIsRefusedAndNothingOfTheBatchIsStored() throws Exception {
        long bed = bedUnderWorks("照片老人乙");
        byte[] text = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("真照片.jpg", jpeg()))
                        .file(photo("假照片.jpg", text))
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("“假照片.jpg”不是 JPG 或 PNG 图片")));
        assertThat(fixtures.photoCount(bed)).isZero();
        assertThat(fixtures.auditCount(bed, "eldercare.bed.photo-add")).isZero();
    }

    @Test
    void aPdfIsNoCompletionPhotoAndTheStoresOwnRefusalIsExplained() throws Exception {
        long bed = bedUnderWorks("照片老人丙");
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("验收单.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("不是 JPG 或 PNG 图片")));
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("其实是PNG.jpg", png()))
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("文件内容与扩展名不符")));
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("请先选择")));
        assertThat(fixtures.photoCount(bed)).isZero();
    }

    @Test
    void acceptanceIsRefusedWhileTheBedHasNoCompletionPhoto() throws Exception {
        long bed = bedUnderWorks("照片老人丁");
        mvc.perform(post(BEDS + "/" + bed + "/accept").with(logins.as("pengli")).with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("尚未上传竣工照片，不能验收")));
        assertThat(fixtures.statusOf(bed)).isEqualTo("WORKS_ORDERED");
        assertThat(fixtures.auditCount(bed, "eldercare.bed.accept")).isZero();

        fixtures.uploaded("pengli", bed);
        mvc.perform(post(BEDS + "/" + bed + "/accept").with(logins.as("pengli")).with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(fixtures.statusOf(bed)).isEqualTo("ACTIVE");
    }

    @Test
    void photosMayBeRemovedBeforeAcceptanceButNotAfter() throws Exception {
        long bed = bedUnderWorks("照片老人戊");
        fixtures.uploaded("pengli", bed);
        String first = fixtures.aPhotoOf(bed);
        mvc.perform(post(BEDS + "/" + bed + "/photos/" + first + "/delete")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", containsString("已删除竣工照片")));
        assertThat(fixtures.photoCount(bed)).isZero();
        assertThat(fixtures.auditCount(bed, "eldercare.bed.photo-remove")).isEqualTo(1);

        fixtures.uploaded("pengli", bed);
        mvc.perform(post(BEDS + "/" + bed + "/accept").with(logins.as("pengli")).with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        String kept = fixtures.aPhotoOf(bed);
        mvc.perform(post(BEDS + "/" + bed + "/photos/" + kept + "/delete")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("不能删除")));
        assertThat(fixtures.photoCount(bed)).isEqualTo(1);
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("补拍.jpg", jpeg()))
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(fixtures.photoCount(bed)).isEqualTo(1);
        mvc.perform(get(BEDS + "/" + bed).with(logins.as("pengli")))
                .andExpect(content().string(containsString("竣工照片.jpg")))
                .andExpect(content().string(not(containsString("id=\"upload-photos\""))));
    }

    @Test
    void photosOfABedInAnotherTownshipAreNotFound() throws Exception {
        long bed = bedUnderWorks("照片老人己");
        fixtures.uploaded("pengli", bed);
        String photo = fixtures.aPhotoOf(bed);
        mvc.perform(get(BEDS + "/" + bed + "/photos/" + photo).with(logins.as("lize")))
                .andExpect(status().isNotFound());
        mvc.perform(post(BEDS + "/" + bed + "/photos/" + photo + "/delete")
                        .with(logins.as("lize"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("越权.jpg", jpeg()))
                        .with(logins.as("lize"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.photoCount(bed)).isEqualTo(1);

        long otherBed = fixtures.worksOrdered("lize", fixtures.anElder("照片老人庚", LIZE), fixtures.aProvider(LIZE));
        mvc.perform(get(BEDS + "/" + otherBed + "/photos/" + photo).with(logins.as("lize")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BEDS + "/" + bed + "/photos/" + UUID.randomUUID()).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffWithoutManagePermissionCannotUploadOrRemovePhotos() throws Exception {
        long bed = bedUnderWorks("照片老人辛");
        fixtures.uploaded("pengli", bed);
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("审计.jpg", jpeg()))
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(BEDS + "/" + bed + "/photos/" + fixtures.aPhotoOf(bed) + "/delete")
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.photoCount(bed)).isEqualTo(1);
        mvc.perform(get(BEDS + "/" + bed + "/photos/" + fixtures.aPhotoOf(bed)).with(logins.as("auditor")))
                .andExpect(status().isOk());
    }
}
