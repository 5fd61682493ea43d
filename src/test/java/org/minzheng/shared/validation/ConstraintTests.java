package org.minzheng.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    record PersonForm(
            @ValidIdNumber String idNumber,
            @ValidPhone String phone,
            @MobilePhone String mobile) {}

    record NoteForm(
            @PlainText(allowLineBreaks = false) String name,
            @PlainText String remark) {}

    record PaymentForm(
            @YuanAmount String amount,
            @YuanAmount(min = 100, max = 100_000) String subsidy,
            @YuanAmount(min = Long.MIN_VALUE) String adjustment) {}

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void acceptsValidIdNumbersInAnyTypedForm() {
        assertThat(validator.validate(new PersonForm("11010519491231002x", null, null)))
                .isEmpty();
        assertThat(validator.validate(new PersonForm("110105491231002", null, null)))
                .isEmpty();
    }

    @Test
    void rejectsAnIdNumberWithWrongCheckDigit() {
        assertThat(templates(validator.validate(new PersonForm("371602199003071235", null, null))))
                .containsExactly("{validation.idNumber}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void leavesMissingValuesToNotBlank(String missing) {
        assertThat(validator.validate(new PersonForm(missing, missing, missing)))
                .isEmpty();
        assertThat(validator.validate(new PaymentForm(missing, missing, missing)))
                .isEmpty();
        assertThat(validator.validate(new NoteForm(null, null))).isEmpty();
    }

    @Test
    void phoneAcceptsMobileAndLandlineButMobileOnlyMobile() {
        assertThat(validator.validate(new PersonForm(null, "0543-1234567", "13812345678")))
                .isEmpty();
        assertThat(validator.validate(new PersonForm(null, "13812345678", null)))
                .isEmpty();
        assertThat(templates(validator.validate(new PersonForm(null, null, "0543-1234567"))))
                .containsExactly("{validation.mobile}");
        assertThat(templates(validator.validate(new PersonForm(null, "12345", null))))
                .containsExactly("{validation.phone}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "张三<b>", "a > b", "张\u0000三", "张\u202E三", "李四\u007F"})
    void plainTextRejectsMarkupAndControlCharacters(String text) {
        assertThat(templates(validator.validate(new NoteForm(text, text))))
                .containsExactly("{validation.plainText}", "{validation.plainText}");
    }

    @Test
    void plainTextAcceptsOrdinaryChineseText() {
        assertThat(validator.validate(new NoteForm("买买提·艾力", "家庭成员3人，月收入约1,200元（含赡养费）；\"困难\"户 & 低保边缘")))
                .isEmpty();
    }

    @Test
    void plainTextAllowsLineBreaksOnlyWhereAsked() {
        assertThat(validator.validate(new NoteForm(null, "第一行\r\n第二行\t备注"))).isEmpty();
        assertThat(templates(validator.validate(new NoteForm("张\n三", null)))).containsExactly("{validation.plainText}");
    }

    @Test
    void yuanAmountAcceptsWhatMoneyParses() {
        assertThat(validator.validate(new PaymentForm("¥1,234.50", "880", "-12.5")))
                .isEmpty();
    }

    @Test
    void yuanAmountRejectsMalformedText() {
        assertThat(templates(validator.validate(new PaymentForm("12.345", null, null))))
                .containsExactly("{validation.yuanAmount}");
        assertThat(templates(validator.validate(new PaymentForm("十二元", null, null))))
                .containsExactly("{validation.yuanAmount}");
    }

    @Test
    void yuanAmountRefusesNegativeAmountsByDefault() {
        assertThat(templates(validator.validate(new PaymentForm("-1", null, null))))
                .containsExactly("{validation.yuanAmount}");
    }

    @Test
    void yuanAmountChecksBoundsInFenInclusively() {
        assertThat(validator.validate(new PaymentForm(null, "1.00", null))).isEmpty();
        assertThat(validator.validate(new PaymentForm(null, "1000", null))).isEmpty();
        assertThat(validator.validate(new PaymentForm(null, "0.99", null))).hasSize(1);
        assertThat(validator.validate(new PaymentForm(null, "1000.01", null))).hasSize(1);
    }

    private static List<String> templates(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(ConstraintViolation::getMessageTemplate)
                .sorted()
                .toList();
    }
}
