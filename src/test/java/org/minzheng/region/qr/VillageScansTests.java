package org.minzheng.region.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.region.DailyScans;
import org.minzheng.region.VillageScans;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The counter behind the village QR codes; every test rolls back, so the demo villages keep no scans. */
@IntegrationTest
@Transactional
class VillageScansTests {

    static final RegionCode COMMUNITY = RegionCode.of("371602005003");
    static final LocalDate MAY_DAY = LocalDate.of(2026, 5, 1);

    @Autowired
    VillageScans scans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoScansOnOneDayCountTwo() {
        scans.record(COMMUNITY, MAY_DAY);
        scans.record(COMMUNITY, MAY_DAY);
        scans.flush();

        assertThat(storedScans(COMMUNITY, MAY_DAY)).isEqualTo(2);
        assertThat(rows(COMMUNITY)).isEqualTo(1);
    }

    @Test
    void anotherDayIsCountedSeparately() {
        scans.record(COMMUNITY, MAY_DAY);
        scans.record(COMMUNITY, MAY_DAY);
        scans.record(COMMUNITY, MAY_DAY.plusDays(1));
        scans.flush();

        assertThat(storedScans(COMMUNITY, MAY_DAY)).isEqualTo(2);
        assertThat(storedScans(COMMUNITY, MAY_DAY.plusDays(1))).isEqualTo(1);
        assertThat(scans.total(COMMUNITY)).isEqualTo(3);
        assertThat(scans.between(COMMUNITY, MAY_DAY.plusDays(1), MAY_DAY.plusDays(30)))
                .isEqualTo(1);
    }

    @Test
    void villagesAreCountedApart() {
        RegionCode neighbour = RegionCode.of("371602005004");
        scans.record(COMMUNITY, MAY_DAY);
        scans.record(neighbour, MAY_DAY);
        scans.flush();

        assertThat(scans.total(COMMUNITY)).isEqualTo(1);
        assertThat(scans.total(neighbour)).isEqualTo(1);
    }

    @Test
    void dailyListsEveryDayOldestFirstWithQuietDaysAsZero() {
        scans.record(COMMUNITY, MAY_DAY);
        scans.record(COMMUNITY, MAY_DAY.plusDays(2));
        scans.record(COMMUNITY, MAY_DAY.plusDays(2));
        scans.flush();

        assertThat(scans.daily(COMMUNITY, MAY_DAY.minusDays(1), MAY_DAY.plusDays(3)))
                .containsExactly(
                        new DailyScans(MAY_DAY.minusDays(1), 0),
                        new DailyScans(MAY_DAY, 1),
                        new DailyScans(MAY_DAY.plusDays(1), 0),
                        new DailyScans(MAY_DAY.plusDays(2), 2),
                        new DailyScans(MAY_DAY.plusDays(3), 0));
    }

    @Test
    void nothingIsWrittenBeforeTheFlushAndNothingTwice() {
        scans.record(COMMUNITY, MAY_DAY);
        assertThat(rows(COMMUNITY)).isZero();
        scans.flush();
        scans.flush();
        assertThat(storedScans(COMMUNITY, MAY_DAY)).isEqualTo(1);
    }

    @Test
    void countsFromManyThreadsAtOnceAreAllKept() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    scans.record(COMMUNITY, MAY_DAY);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (int round = 0; round < 5; round++) {
            scans.flush();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        scans.flush();
        assertThat(storedScans(COMMUNITY, MAY_DAY)).isEqualTo(4000);
    }

    @Test
    void aVillageNeverScannedHasNothing() {
        assertThat(scans.total(RegionCode.of("371602005020"))).isZero();
        assertThat(scans.daily(RegionCode.of("371602005020"), MAY_DAY, MAY_DAY))
                .containsExactly(new DailyScans(MAY_DAY, 0));
    }

    @Test
    void codesThatAreNoVillageOfTheTreeAreNotCounted() {
        RegionCode township = RegionCode.of("371602005");
        RegionCode madeUp = RegionCode.of("371602005999");

        scans.record(township, MAY_DAY);
        scans.record(madeUp, MAY_DAY);
        scans.flush();

        assertThat(rows(township)).isZero();
        assertThat(rows(madeUp)).isZero();
    }

    private long storedScans(RegionCode village, LocalDate day) {
        return jdbc.sql("select scans from region.village_scans where village_code = :code and scan_date = :day")
                .param("code", village.value())
                .param("day", day)
                .query(Long.class)
                .single();
    }

    private long rows(RegionCode village) {
        return jdbc.sql("select count(*) from region.village_scans where village_code = :code")
                .param("code", village.value())
                .query(Long.class)
                .single();
    }
}
