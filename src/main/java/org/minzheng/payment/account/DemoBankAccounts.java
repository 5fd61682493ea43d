package org.minzheng.payment.account;

import java.util.List;
import java.util.Random;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA. Made-up bank accounts (marked demo) for the demo recipients, so a payroll can be
 * generated right away. Numbers use the 622848 prefix pattern of a debit card but are random.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoBankAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBankAccounts.class);

    private final BankAccountRepository accounts;
    private final PersonalDataCipher cipher;
    private final JdbcClient jdbc;

    DemoBankAccounts(BankAccountRepository accounts, PersonalDataCipher cipher, JdbcClient jdbc) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Object[]> missing = jdbc.sql("""
                        select r.id, r.village_code, r.head_name from assistance.payable_recipients r
                        where r.demo and not exists (select 1 from payment.accounts a where a.recipient_id = r.id)
                        order by r.id
                        """)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .list();
        Random random = new Random(2022);
        for (Object[] recipient : missing) {
            BankAccountNumber number = new BankAccountNumber(
                    "622848" + String.format("%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L)));
            accounts.save(
                    (Long) recipient[0],
                    new RegionCode((String) recipient[1]),
                    "中国农业银行滨州分行",
                    (String) recipient[2],
                    cipher.encrypt(number.value(), BankAccounts.CONTEXT),
                    number.masked(),
                    false,
                    true,
                    -1,
                    "demo");
        }
        if (!missing.isEmpty()) {
            log.info("Gave {} demo recipients a made-up bank account", missing.size());
        }
    }
}
