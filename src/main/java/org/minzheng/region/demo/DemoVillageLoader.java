package org.minzheng.region.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.minzheng.region.importing.DivisionImporter;
import org.minzheng.region.importing.ImportReport;
import org.minzheng.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA. Adds the 380 generated villages of 滨城区 (marked demo) when 滨城区 has no villages yet,
 * through the same importer an administrator uses for the official village file.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoVillageLoader implements ApplicationRunner {

    static final RegionCode BINZHOU = RegionCode.of("3716");
    private static final Logger log = LoggerFactory.getLogger(DemoVillageLoader.class);

    private final DivisionImporter importer;
    private final JdbcClient jdbc;

    DemoVillageLoader(DivisionImporter importer, JdbcClient jdbc) {
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean binchengReady = jdbc.sql("select exists (select 1 from region.regions where code = '371602000000')")
                .query(Boolean.class)
                .single();
        boolean hasVillages = jdbc.sql(
                        "select exists (select 1 from region.regions where level = 'VILLAGE' and code like '371602%')")
                .query(Boolean.class)
                .single();
        if (!binchengReady || hasVillages) {
            return;
        }
        byte[] villages = DemoVillages.asCsv().getBytes(StandardCharsets.UTF_8);
        ImportReport report = importer.importFile(new ByteArrayInputStream(villages), BINZHOU, true, null);
        if (!report.stored()) {
            throw new IllegalStateException("Generated demo villages were rejected: " + report.problems());
        }
        log.info("Added {} generated demo villages to 滨城区", report.inserted());
    }
}
