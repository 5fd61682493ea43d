package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.IdNumber;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The 滨城区 civil-affairs bureau contracts a home-care provider for two of its streets, records the
 * service contract and registers the provider's first caregiver with her certificate.
 */
@IntegrationTest
class ProviderBrowserTests extends BrowserScenario {

    @Test
    void countyApproverContractsAProviderAndRegistersItsCaregiver() {
        String stem =
                "52371602" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        String creditCode = stem + checkChar(stem);
        String name = "浏览器测试养老服务中心" + stem.substring(12);
        String first17 = "371602198204"
                + String.format(
                        "%02d%03d",
                        1 + ThreadLocalRandom.current().nextInt(27),
                        1 + ThreadLocalRandom.current().nextInt(998));
        String idNumber = first17 + IdNumber.checkChar(first17);

        login("bincheng", DEMO_PASSWORD);
        waitForHeading("您好");
        clickMenu("服务商与护理员");

        assertThat(heading()).isEqualTo("居家养老服务商");
        assertThat(texts(By.cssSelector("#providers tbody td:first-child"))).anyMatch(cell -> cell.contains("（演示）"));
        screenshot("eldercare-providers");

        clickAndWait(browser.findElement(By.id("new-provider")));
        retype(By.id("name"), name);
        retype(By.id("creditCode"), stem + "I");
        retype(By.id("contactName"), "孟主任");
        retype(By.id("contactPhone"), "0543-3219999");
        township("彭李街道").click();
        township("里则街道").click();
        save();

        assertThat(fieldError("统一社会信用代码")).startsWith("不是有效的统一社会信用代码");
        screenshot("eldercare-provider-bad-code");

        retype(By.id("creditCode"), creditCode);
        save();

        assertThat(heading()).contains(name);
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("已新增服务商“" + name + "”。");
        assertThat(browser.findElement(By.id("areas")).getText()).isEqualTo("彭李街道、里则街道");

        clickAndWait(browser.findElement(By.id("new-contract")));
        retype(By.id("number"), "BC-" + stem.substring(12));
        typeDate(By.id("validFrom"), LocalDate.now().minusDays(1));
        typeDate(By.id("validTo"), LocalDate.now().plusYears(1));
        save();

        assertThat(texts(By.cssSelector("#contracts tbody td"))).contains("BC-" + stem.substring(12), "有效");

        clickAndWait(browser.findElement(By.id("new-caregiver")));
        retype(By.id("name"), "孙丽娟");
        retype(By.id("idNumber"), idNumber);
        retype(By.id("phone"), "13605431234");
        retype(By.id("course"), "养老护理员（四级）培训");
        retype(By.id("hours"), "120");
        typeDate(By.id("completedOn"), LocalDate.now().minusMonths(2));
        choose(By.id("grade"), "4级");
        retype(By.id("certificateNumber"), "YLHL-" + stem.substring(12));
        typeDate(By.id("validUntil"), LocalDate.now().plusDays(20));
        screenshot("eldercare-caregiver-form");
        save();

        WebElement row = browser.findElement(By.cssSelector("#caregivers tbody tr"));
        assertThat(row.getText())
                .contains("孙丽娟", IdNumber.parse(idNumber).maskedForStaff(), "136****1234", "120", "30天内到期")
                .doesNotContain(idNumber);
        screenshot("eldercare-provider-show");
    }

    private WebElement township(String label) {
        return browser.findElement(
                By.xpath("//div[@id='townships']/label[span[normalize-space()='" + label + "']]/input"));
    }

    private void save() {
        clickAndWait(browser.findElement(By.cssSelector(".form-actions button.primary")));
    }

    private void typeDate(By field, LocalDate date) {
        WebElement input = browser.findElement(field);
        input.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        assertThat(input.getDomProperty("value")).isEqualTo(date.toString());
    }

    /** GB 32100 check character, worked out here so the test does not lean on the code it checks. */
    private static char checkChar(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * (int) (Math.pow(3, i) % 31);
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }
}
