package org.minzheng.assistance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.minzheng.assistance.casework.CaseFixtures.LIZE_VILLAGE;
import static org.minzheng.assistance.casework.CaseFixtures.aDibaoCaseIn;
import static org.minzheng.assistance.casework.CaseFixtures.freshIdNumber;
import static org.minzheng.assistance.casework.CaseFixtures.freshKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.NewCase;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The documents sent with a case: listed on its page, downloaded only through a case in the staff member's region. */
@IntegrationTest
@Transactional
class CaseFilesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    AssistanceCases cases;

    @Autowired
    Attachments attachments;

    @Test
    void staffOfTheTownshipSeeAndDownloadTheDocumentOthersDoNot() throws Exception {
        byte[] photo = aPhoto();
        StoredFile file = attachments.store(
                new Upload("户口簿.png", new ByteArrayInputStream(photo), photo.length, "assistance-case", null));
        CaseNumber number = withFile(file);
        CaseNumber other = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber()), freshKey());
        String download = CaseController.BASE + "/" + number.value() + "/files/"
                + file.id().value();

        mvc.perform(get(CaseController.BASE + "/" + number.value()).with(logins.as("lize")))
                .andExpect(content().string(containsString("户口簿.png")));
        byte[] body = mvc.perform(get(download).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(photo);

        mvc.perform(get(download).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(CaseController.BASE + "/" + other.value() + "/files/"
                                + file.id().value())
                        .with(logins.as("lize")))
                .andExpect(status().isNotFound());
        mvc.perform(get(CaseController.BASE + "/MZ-nonsense/files/" + file.id().value())
                        .with(logins.as("lize")))
                .andExpect(status().isNotFound());
    }

    private CaseNumber withFile(StoredFile file) {
        NewCase plain = aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber());
        return cases.submit(
                new NewCase(
                        plain.village(),
                        plain.programme(),
                        plain.applicantName(),
                        plain.applicantId(),
                        plain.phone(),
                        plain.householdSize(),
                        plain.reason(),
                        List.of(file.id()),
                        plain.channel(),
                        plain.enteredBy()),
                freshKey());
    }

    private static byte[] aPhoto() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
