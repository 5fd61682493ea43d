package org.minzheng.region.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty region tree for the demo: 滨州市 with its 7 county-level divisions and 91 townships
 * (real NBS codes, 2022 release) and 380 generated villages of 滨城区 marked as demo. Both go through
 * the same importer an administrator uses for the official files.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class BinzhouDemoRegions implements ApplicationRunner {

    static final RegionCode BINZHOU = RegionCode.of("3716");
    private static final Logger log = LoggerFactory.getLogger(BinzhouDemoRegions.class);

    private final DivisionImporter importer;
    private final JdbcClient jdbc;

    BinzhouDemoRegions(DivisionImporter importer, JdbcClient jdbc) {
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean empty = !jdbc.sql("select exists (select 1 from region.regions)")
                .query(Boolean.class)
                .single();
        if (!empty) {
            return;
        }
        try (InputStream divisions = new ClassPathResource("db/demo/binzhou-divisions.csv").getInputStream()) {
            require(importer.importFile(divisions, BINZHOU, false, 2022));
        }
        byte[] villages = DemoVillages.asCsv().getBytes(StandardCharsets.UTF_8);
        ImportReport report = require(importer.importFile(new ByteArrayInputStream(villages), BINZHOU, true, null));
        log.info("Loaded the Binzhou region tree with {} generated demo villages", report.inserted());
    }

    private static ImportReport require(ImportReport report) {
        if (!report.stored()) {
            throw new IllegalStateException("Bundled region data was rejected: " + report.problems());
        }
        return report;
    }
}
