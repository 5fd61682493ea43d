package org.minzheng.region.importing;

import java.io.IOException;
import java.io.InputStream;
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
 * Fills an empty region tree with 滨州市, its 7 county-level divisions and 91 townships: real NBS codes
 * (2022 release) shipped with the application, so that a new deployment, demo or production, has the
 * regions its first administrator is bound to. Villages come from the official village file, imported
 * by that administrator. Another city turns this off with {@code minzheng.regions.load-binzhou=false}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "minzheng.regions.load-binzhou", havingValue = "true", matchIfMissing = true)
class BundledDivisions implements ApplicationRunner {

    static final RegionCode BINZHOU = RegionCode.of("3716");
    private static final Logger log = LoggerFactory.getLogger(BundledDivisions.class);

    private final DivisionImporter importer;
    private final JdbcClient jdbc;

    BundledDivisions(DivisionImporter importer, JdbcClient jdbc) {
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
        try (InputStream divisions = new ClassPathResource("db/regions/binzhou-divisions.csv").getInputStream()) {
            ImportReport report = importer.importFile(divisions, BINZHOU, false, 2022);
            if (!report.stored()) {
                throw new IllegalStateException("Bundled division codes were rejected: " + report.problems());
            }
            log.info("Loaded 滨州市 with {} county- and township-level divisions (NBS 2022)", report.inserted() - 1);
        }
    }
}
