package org.minzheng.eldercare.provider;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. Three made-up home-care providers in 滨城区 (marked demo) with a contract, a service area and
 * a few caregivers each, once. Credit codes carry a valid check character but belong to no one.
 */
@Component
@Order(65)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoProviders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);
    private static final String BINCHENG = "371602000000";

    private record Demo(String name, String codeStem, List<String> townships, List<Person> caregivers) {}

    private record Person(String name, String idNumber, String phone) {}

    private static final List<Demo> PROVIDERS = List.of(
            new Demo(
                    "滨城区康乐居家养老服务中心（演示）",
                    "523716020000000A1",
                    List.of("371602005000", "371602012000"),
                    List.of(
                            new Person("赵春梅", "371602197803150021", "13905431201"),
                            new Person("钱秀英", "371602198106220041", "13905431202"))),
            new Demo(
                    "滨州颐和养老服务有限公司（演示）",
                    "523716020000000A2",
                    List.of("371602001000", "371602002000", "371602003000"),
                    List.of(new Person("孙立红", "371602197511080068", "13905431203"))),
            new Demo(
                    "滨城区福寿康护理站（演示）",
                    "523716020000000B1",
                    List.of("371602105000", "371602106000"),
                    List.of(new Person("李桂芝", "37160219691230008X", "13905431204"))));

    private final ProviderRepository providers;
    private final CaregiverRepository caregivers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoProviders(
            ProviderRepository providers,
            CaregiverRepository caregivers,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.providers = providers;
        this.caregivers = caregivers;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from eldercare.providers where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        LocalDate start = LocalDate.now().withDayOfYear(1);
        transaction.executeWithoutResult(status -> {
            int n = 0;
            for (Demo demo : PROVIDERS) {
                n++;
                String code = demo.codeStem() + CreditCode.checkChar(demo.codeStem());
                var form =
                        new ProviderForm(demo.name(), code, "王经理", "0543-3210" + (100 + n), BINCHENG, demo.townships());
                long id = providers.insert(form, true);
                providers.replaceAreas(id, demo.townships());
                providers.insertContract(
                        id,
                        new ContractForm(
                                "BZMZ-YL-" + start.getYear() + "-" + (100 + n),
                                start,
                                start.plusYears(2).minusDays(1)));
                for (Person person : demo.caregivers()) {
                    caregivers.insert(
                            id,
                            new CaregiverForm(
                                    person.name(),
                                    person.idNumber(),
                                    person.phone(),
                                    "养老护理员职业技能培训",
                                    40,
                                    start.minusMonths(3),
                                    4,
                                    "DEMO-" + person.phone().substring(7),
                                    start.plusYears(3)),
                            true);
                }
            }
        });
        log.info("Loaded {} demo home-care providers", PROVIDERS.size());
    }
}
