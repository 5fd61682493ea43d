package org.minzheng.audit.chain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--verify-audit-chain} (or
 * {@code java -jar minzheng.jar --verify-audit-chain}) verifies the chain, prints the result and exits
 * with status 0 when intact and 3 when broken, so it can run from cron.
 */
@Component
class AuditChainCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit-chain";

    private final AuditChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditChainCommand(AuditChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        ChainVerification result = verifier.verify();
        if (result.intact()) {
            System.out.printf("Audit chain intact: %d entries verified.%n", result.checked());
        } else {
            System.out.printf(
                    "Audit chain BROKEN at entry %d (%s); %d entries read.%n",
                    result.firstBroken().orElseThrow(),
                    result.reason().map(Enum::name).orElse("?"),
                    result.checked());
        }
        int status = result.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
