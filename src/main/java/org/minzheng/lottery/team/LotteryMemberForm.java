package org.minzheng.lottery.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A member joining a team. The mobile is optional (outside 能人 may not give one) but must be real when given. */
record LotteryMemberForm(
        @NotBlank(message = "{lottery.member.validation.name}")
        @Size(max = 50, message = "{lottery.validation.tooLong50}")
        @PlainText
        String name,

        @NotBlank(message = "{lottery.member.validation.role}")
        @Pattern(regexp = "LEADER|MEMBER", message = "{lottery.member.validation.role}")
        String role,

        @MobilePhone(message = "{lottery.validation.phone}") String phone,

        @NotNull(message = "{lottery.member.validation.joinedOn}")
        @PastOrPresent(message = "{lottery.validation.notFuture}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate joinedOn) {

    static LotteryMemberForm empty() {
        return new LotteryMemberForm("", "MEMBER", "", LocalDate.now());
    }

    boolean phoneGiven() {
        return phone != null && !phone.isBlank();
    }
}
