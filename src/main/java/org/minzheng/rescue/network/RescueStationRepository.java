package org.minzheng.rescue.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stations and their staff in {@code rescue}; a staff member sees the stations of their own area. */
@Repository
class RescueStationRepository {

    private static final String STATION = """
            select s.id, s.name, s.kind, s.region_code, s.address, s.phone, s.beds, s.director, s.opened_on, s.demo,
                   (select count(*) from rescue.station_staff m where m.station_id = s.id and m.left_on is null),
                   (select count(*) from rescue.cases c where c.station_id = s.id
                                                          and c.status in ('IN_CARE', 'IN_HOSPITAL'))
            from rescue.stations s
            where s.region_code like :prefix || '%'
            """;
    private static final String STAFF = """
            select m.id, m.station_id, s.name, m.name, m.post, m.phone, m.joined_on, m.left_on,
                   coalesce((select sum(t.hours) from rescue.training_attendance a
                             join rescue.trainings t on t.id = a.training_id
                             where a.staff_id = m.id and extract(year from t.held_on) = :year), 0)
            from rescue.station_staff m join rescue.stations s on s.id = m.station_id
            where s.region_code like :prefix || '%'
            """;

    private final JdbcClient jdbc;

    RescueStationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The city station first, then the county stations by region code. */
    List<Station> list(DataScope scope) {
        return jdbc.sql(STATION + " order by s.kind = 'CITY' desc, s.region_code")
                .param("prefix", scope.prefix())
                .query(RescueStationRepository::station)
                .list();
    }

    Optional<Station> find(long id, DataScope scope) {
        return jdbc.sql(STATION + " and s.id = :id")
                .param("prefix", scope.prefix())
                .param("id", id)
                .query(RescueStationRepository::station)
                .optional();
    }

    boolean regionTaken(RegionCode region, Long exceptId) {
        return jdbc.sql("select exists (select 1 from rescue.stations where region_code = :region"
                        + " and (cast(:id as bigint) is null or id <> :id))")
                .param("region", region.value())
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from rescue.stations where name = :name"
                        + " and (cast(:id as bigint) is null or id <> :id))")
                .param("name", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(StationForm form, RegionCode region, String phone) {
        return jdbc.sql("""
                        insert into rescue.stations (name, kind, region_code, address, phone, beds, director, opened_on)
                        values (:name, :kind, :region, :address, :phone, :beds, :director, :opened)
                        returning id
                        """)
                .param("name", form.name().strip())
                .param("kind", kind(region))
                .param("region", region.value())
                .param("address", form.address().strip())
                .param("phone", phone)
                .param("beds", form.beds())
                .param("director", form.director().strip())
                .param("opened", form.openedOn())
                .query(Long.class)
                .single();
    }

    void update(long id, StationForm form, RegionCode region, String phone) {
        jdbc.sql("""
                        update rescue.stations set name = :name, kind = :kind, region_code = :region,
                            address = :address, phone = :phone, beds = :beds, director = :director,
                            opened_on = :opened, updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name().strip())
                .param("kind", kind(region))
                .param("region", region.value())
                .param("address", form.address().strip())
                .param("phone", phone)
                .param("beds", form.beds())
                .param("director", form.director().strip())
                .param("opened", form.openedOn())
                .update();
    }

    /** Everyone who works or worked in the station, those still there first. */
    List<StaffMember> staff(long stationId, DataScope scope) {
        return jdbc.sql(
                        STAFF
                                + " and m.station_id = :station order by m.left_on is not null, m.post <> 'DIRECTOR', m.post, m.name, m.id")
                .param("prefix", scope.prefix())
                .param("year", LocalDate.now().getYear())
                .param("station", stationId)
                .query(RescueStationRepository::member)
                .list();
    }

    /** Staff still working in any station of the scope, for choosing training attendees. */
    List<StaffMember> activeStaff(DataScope scope) {
        return jdbc.sql(STAFF + " and m.left_on is null order by s.kind = 'CITY' desc, s.region_code, m.name")
                .param("prefix", scope.prefix())
                .param("year", LocalDate.now().getYear())
                .query(RescueStationRepository::member)
                .list();
    }

    Optional<StaffMember> member(long stationId, long memberId, DataScope scope) {
        return jdbc.sql(STAFF + " and m.station_id = :station and m.id = :id")
                .param("prefix", scope.prefix())
                .param("year", LocalDate.now().getYear())
                .param("station", stationId)
                .param("id", memberId)
                .query(RescueStationRepository::member)
                .optional();
    }

    Optional<StaffMember> member(long memberId, DataScope scope) {
        return jdbc.sql(STAFF + " and m.id = :id")
                .param("prefix", scope.prefix())
                .param("year", LocalDate.now().getYear())
                .param("id", memberId)
                .query(RescueStationRepository::member)
                .optional();
    }

    long insertMember(long stationId, StaffForm form, String phone) {
        return jdbc.sql("""
                        insert into rescue.station_staff (station_id, name, post, phone, joined_on)
                        values (:station, :name, :post, :phone, :joined) returning id
                        """)
                .param("station", stationId)
                .param("name", form.name().strip())
                .param("post", form.post())
                .param("phone", phone)
                .param("joined", form.joinedOn())
                .query(Long.class)
                .single();
    }

    void updateMember(long id, StaffForm form, String phone) {
        jdbc.sql("update rescue.station_staff set name = :name, post = :post, phone = :phone, joined_on = :joined"
                        + " where id = :id")
                .param("id", id)
                .param("name", form.name().strip())
                .param("post", form.post())
                .param("phone", phone)
                .param("joined", form.joinedOn())
                .update();
    }

    void leave(long id, LocalDate on) {
        jdbc.sql("update rescue.station_staff set left_on = :on where id = :id and left_on is null")
                .param("id", id)
                .param("on", on)
                .update();
    }

    /** Active grid workers under the station's region, counted per township (county station) or county (city). */
    List<AreaCount> gridWorkersByArea(Station station, DataScope scope) {
        int digits = station.city() ? 6 : 9;
        return jdbc.sql("""
                        select rpad(substr(region_code, 1, :digits), 12, '0') as area, count(*)
                        from rescue.grid_workers
                        where active and region_code like :station || '%' and region_code like :prefix || '%'
                        group by area order by area
                        """)
                .param("digits", digits)
                .param("station", station.region().significantDigits())
                .param("prefix", scope.prefix())
                .query((rs, n) -> new AreaCount(rs.getString(1), rs.getInt(2)))
                .list();
    }

    record AreaCount(String regionCode, int count) {}

    private static String kind(RegionCode region) {
        return region.level() == org.minzheng.shared.RegionLevel.CITY ? "CITY" : "COUNTY";
    }

    private static Station station(ResultSet rs, int n) throws SQLException {
        return new Station(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getInt(7),
                rs.getString(8),
                rs.getObject(9, LocalDate.class),
                rs.getBoolean(10),
                rs.getInt(11),
                rs.getInt(12));
    }

    private static StaffMember member(ResultSet rs, int n) throws SQLException {
        return new StaffMember(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                StationPost.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getBigDecimal(9));
    }
}
