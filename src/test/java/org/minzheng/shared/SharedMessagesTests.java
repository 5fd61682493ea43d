package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;
import org.minzheng.shared.validation.ValidPhone;
import org.minzheng.shared.validation.YuanAmount;

class SharedMessagesTests {

    private static final List<Class<? extends Annotation>> CONSTRAINTS =
            List.of(ValidIdNumber.class, ValidPhone.class, MobilePhone.class, PlainText.class, YuanAmount.class);

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = bundle("i18n/shared.properties");
        Properties english = bundle("i18n/shared_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    @Test
    void everyMessageKeyTheCodeUsesIsTranslated() throws Exception {
        List<String> used = new ArrayList<>();
        for (Class<? extends Annotation> constraint : CONSTRAINTS) {
            String template = (String) constraint.getMethod("message").getDefaultValue();
            used.add(template.substring(1, template.length() - 1));
        }
        for (RegionLevel level : RegionLevel.values()) {
            used.add(level.messageKey());
        }
        for (Sex sex : Sex.values()) {
            used.add(sex.messageKey());
        }
        for (InvalidIdNumberException.Reason reason : InvalidIdNumberException.Reason.values()) {
            used.add(reason.messageKey());
        }
        for (InvalidMoneyException.Reason reason : InvalidMoneyException.Reason.values()) {
            used.add(reason.messageKey());
        }
        used.add(new InvalidPhoneNumberException().messageKey());

        for (String file : List.of("i18n/shared.properties", "i18n/shared_en.properties")) {
            Properties messages = bundle(file);
            assertThat(used).allSatisfy(key -> assertThat(messages.getProperty(key))
                    .as(file + " " + key)
                    .isNotBlank());
        }
    }

    @Test
    void chineseBundleIsWrittenInChinese() throws IOException {
        Properties chinese = bundle("i18n/shared.properties");

        assertThat(chinese.getProperty("idNumber.invalid.checkDigit")).isEqualTo("身份证号码校验位不正确，请核对后重新输入");
        assertThat(chinese.getProperty("sex.male")).isEqualTo("男");
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SharedMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
