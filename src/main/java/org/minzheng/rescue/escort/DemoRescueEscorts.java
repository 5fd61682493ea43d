package org.minzheng.rescue.escort;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO DATA. A handed-over escort for every demo case released as escorted, destinations taken in turn from a short
 * made-up list; cross-province ones asked by a county are done by the city station, as in Binzhou. Receiver names
 * and phones are made up. Skips when there are no such cases or they already have escorts.
 */
@Component
@Order(82)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoRescueEscorts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRescueEscorts.class);

    private record Destination(String province, String place, String address, String route, String transport) {}

    private static final List<Destination> DESTINATIONS = List.of(
            new Destination("41", "周口市郸城县", "城关镇东风路 12 号", "滨州→济南→郑州→周口", "TRAIN"),
            new Destination("37", "菏泽市曹县", "青菏街道幸福村", "滨州→菏泽→曹县", "CAR"),
            new Destination("13", "沧州市献县", "乐寿镇南关村", "滨州→沧州→献县", "BUS"),
            new Destination("34", "阜阳市临泉县", "城关街道民主路 8 号", "滨州→济南→阜阳", "TRAIN"),
            new Destination("37", "德州市乐陵市", "市中街道西关村", "滨州→乐陵", "CAR"));
    private static final List<String> RECEIVERS = List.of("李桂芝", "王建国", "刘秀英", "赵家明", "孙玉兰");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    DemoRescueEscorts(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long city = jdbc.sql("select id from rescue.stations where kind = 'CITY' order by id limit 1")
                .query(Long.class)
                .optional()
                .orElse(null);
        List<Released> released = jdbc.sql("""
                        select c.id, c.station_id, s.kind, c.region_code, c.released_at from rescue.cases c
                          join rescue.stations s on s.id = c.station_id
                         where c.demo and c.release_kind = 'ESCORTED'
                           and not exists (select 1 from rescue.escorts e where e.case_id = c.id)
                         order by c.id
                        """)
                .query((rs, n) -> new Released(
                        rs.getLong("id"),
                        rs.getLong("station_id"),
                        rs.getString("kind"),
                        rs.getString("region_code"),
                        rs.getTimestamp("released_at").toInstant()))
                .list();
        if (city == null || released.isEmpty()) {
            return;
        }
        int i = 0;
        for (Released c : released) {
            Destination to = DESTINATIONS.get(i % DESTINATIONS.size());
            String receiver = RECEIVERS.get(i % RECEIVERS.size());
            String phone = "1390543%04d".formatted(1000 + i);
            boolean cross = Provinces.crossProvince(to.province());
            long station = cross ? city : c.stationId();
            Instant started = c.releasedAt().minus(6, ChronoUnit.HOURS);
            long id = jdbc.sql("""
                            insert into rescue.escorts (case_id, requested_by_station_id, escort_station_id,
                                   region_code, destination_province, destination_place, destination_address,
                                   cross_province, transport, route, planned_on, cost_fen, status, started_at,
                                   handed_over_at, received_by, received_by_kind, receiver_phone_cipher,
                                   receiver_phone_masked, handover_note, demo, created_by)
                            values (:caseId, :requested, :station, :region, :province, :place, :address, :cross,
                                   :transport, :route, cast(:started as date), :cost, 'HANDED_OVER', :started,
                                   :handed, :receiver, 'FAMILY', :cipher, :masked, '已与家属当面交接', true, 'demo')
                            returning id
                            """)
                    .param("caseId", c.id())
                    .param("requested", c.stationId())
                    .param("station", station)
                    .param("region", c.regionCode())
                    .param("province", to.province())
                    .param("place", to.place())
                    .param("address", to.address())
                    .param("cross", cross)
                    .param("transport", to.transport())
                    .param("route", to.route())
                    .param("cost", cross ? 42_000 : 8_000)
                    .param("started", OffsetDateTime.ofInstant(started, ZoneOffset.UTC))
                    .param("handed", OffsetDateTime.ofInstant(c.releasedAt(), ZoneOffset.UTC))
                    .param("receiver", receiver)
                    .param("cipher", cipher.encrypt(phone, EscortService.PHONE_CONTEXT))
                    .param("masked", Masking.phone(phone))
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into rescue.escort_staff (escort_id, staff_id)
                            select :id, s.id from rescue.station_staff s
                             where s.station_id = :station and s.left_on is null order by s.id limit 2
                            """).param("id", id).param("station", station).update();
            for (String status : List.of("ACCEPTED", "IN_PROGRESS", "HANDED_OVER")) {
                Instant at = status.equals("HANDED_OVER") ? c.releasedAt() : started;
                jdbc.sql("insert into rescue.escort_events (escort_id, status, at, by_user) values (:id, :status, :at,"
                                + " 'demo')")
                        .param("id", id)
                        .param("status", status)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .update();
            }
            i++;
        }
        log.info("Demo rescue escorts: {} handed over", released.size());
    }

    private record Released(long id, long stationId, String kind, String regionCode, Instant releasedAt) {}
}
