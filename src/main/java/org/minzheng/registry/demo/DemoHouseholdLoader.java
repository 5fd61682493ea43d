package org.minzheng.registry.demo;

import java.util.List;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.Households;
import org.minzheng.registry.NewHousehold;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
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
 * DEMO DATA. Registers about 60 made-up households (marked demo) in the villages of 里则街道 and the
 * communities of 彭李街道, once, after the demo villages exist. They go through the register itself,
 * so they are encrypted and audited like any other household.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoHouseholdLoader implements ApplicationRunner {

    static final RegionCode LIZE = RegionCode.of("371602012000");
    static final RegionCode PENGLI = RegionCode.of("371602005000");
    static final int PER_TOWNSHIP = 30;
    private static final Logger log = LoggerFactory.getLogger(DemoHouseholdLoader.class);

    private final Households households;
    private final Regions regions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoHouseholdLoader(Households households, Regions regions, JdbcClient jdbc, TransactionTemplate transaction) {
        this.households = households;
        this.regions = regions;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from registry.households where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        var generator = new DemoHouseholds();
        int registered = transaction.execute(status -> {
            int count = 0;
            for (RegionCode township : List.of(LIZE, PENGLI)) {
                List<RegionSummary> villages = regions.within(new DataScope(township)).stream()
                        .filter(r -> r.level() == RegionLevel.VILLAGE)
                        .toList();
                if (villages.isEmpty()) {
                    continue;
                }
                for (NewHousehold household : generator.generate(
                        villages.stream().map(RegionSummary::code).toList(),
                        villages.stream().map(RegionSummary::name).toList(),
                        PER_TOWNSHIP)) {
                    households.register(household);
                    count++;
                }
            }
            return count;
        });
        log.info("Registered {} generated demo households", registered);
    }
}
