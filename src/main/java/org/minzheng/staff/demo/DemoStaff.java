package org.minzheng.staff.demo;

import java.time.Clock;
import java.util.List;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.account.AccountPhones;
import org.minzheng.staff.account.AccountRepository;
import org.minzheng.staff.account.AccountRepository.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO DATA. One account per role and tier for trying the console, all with the password printed in
 * the README. Created only when the demo profile is on and the account table is empty. Names and
 * phone numbers are invented.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoStaff implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "演示·市级管理员", "3716", "CITY_ADMIN", "19900010001"),
            new Demo("auditor", "演示·审计员", "3716", "AUDITOR", "19900010002"),
            new Demo("bincheng", "演示·滨城区审批", "371602", "COUNTY_APPROVER", "19900010003"),
            new Demo("zhanhua", "演示·沾化区审批", "371603", "COUNTY_APPROVER", "19900010004"),
            new Demo("pengli", "演示·彭李街道审核", "371602005", "TOWNSHIP_REVIEWER", "19900010005"),
            new Demo("lize", "演示·里则街道审核", "371602012", "TOWNSHIP_REVIEWER", "19900010006"),
            new Demo("cunwei", "演示·里则街村协理员", "371602012201", "VILLAGE_ASSISTANT", "19900010007"),
            new Demo("huli", "演示·居家养老护理员", "371602", "CAREGIVER", "19900010008"),
            new Demo("fuliyuan", "演示·市福利院工作人员", "3716", "WELFARE_HOME", "19900010009"),
            new Demo("zhiliao", "演示·康复治疗师", "3716", "THERAPIST", "19900010010"),
            new Demo("jiuzhu", "演示·市救助管理站", "3716", "RESCUE_STAFF", "19900010011"),
            new Demo("fucai", "演示·市福彩中心", "3716", "LOTTERY_STAFF", "19900010012"));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final Clock clock;

    DemoStaff(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.usernameTaken("admin")) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        for (Demo demo : ACCOUNTS) {
            accounts.insert(
                    new NewAccount(
                            demo.username(),
                            demo.displayName(),
                            hash,
                            RegionCode.of(demo.region()),
                            cipher.encrypt(demo.phone(), AccountPhones.CONTEXT),
                            blindIndex.of(demo.phone(), AccountPhones.CONTEXT),
                            false,
                            "demo",
                            List.of(demo.role())),
                    clock.instant());
        }
        log.info("Created {} demo staff accounts (password in the README)", ACCOUNTS.size());
    }

    private record Demo(String username, String displayName, String region, String role, String phone) {}
}
