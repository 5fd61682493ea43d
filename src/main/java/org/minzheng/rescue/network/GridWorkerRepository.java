package org.minzheng.rescue.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grid workers in {@code rescue}; the mobile is kept encrypted with a masked copy for lists. */
@Repository
class GridWorkerRepository {

    static final String PHONE_CONTEXT = "rescue.grid-worker.phone";

    private static final String SELECT = """
            select g.id, g.name, g.region_code, g.duty, g.phone_masked, g.active, g.since,
                   coalesce((select sum(t.hours) from rescue.training_attendance a
                             join rescue.trainings t on t.id = a.training_id
                             where a.grid_worker_id = g.id and extract(year from t.held_on) = :year), 0)
            from rescue.grid_workers g
            """;
    private static final String FILTER = """
             where g.region_code like :prefix || '%'
               and (cast(:township as varchar) is null or g.region_code like :township || '%')
               and (cast(:duty as varchar) is null or g.duty = :duty)
               and (cast(:active as boolean) is null or g.active = :active)
               and (cast(:name as varchar) is null or g.name like '%' || :name || '%' escape '\\')
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    GridWorkerRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Page<GridWorker> search(DataScope scope, GridWorkerSearch search, Pageable page) {
        long total = filtered("select count(*) from rescue.grid_workers g" + FILTER, scope, search)
                .query(Long.class)
                .single();
        var statement = filtered(
                SELECT + FILTER + " order by g.region_code, g.duty desc, g.name, g.id"
                        + (page.isPaged() ? " limit :limit offset :offset" : ""),
                scope,
                search);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(
                statement
                        .param("year", LocalDate.now().getYear())
                        .query(GridWorkerRepository::worker)
                        .list(),
                page,
                total);
    }

    /** Active grid workers per township of the scope. */
    List<RescueStationRepository.AreaCount> perTownship(DataScope scope) {
        return jdbc.sql("""
                        select rpad(substr(region_code, 1, 9), 12, '0') as area, count(*)
                        from rescue.grid_workers where active and region_code like :prefix || '%'
                        group by area order by area
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new RescueStationRepository.AreaCount(rs.getString(1), rs.getInt(2)))
                .list();
    }

    Optional<GridWorker> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " where g.id = :id and g.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("year", LocalDate.now().getYear())
                .query(GridWorkerRepository::worker)
                .optional();
    }

    /** Active grid workers of the scope whose name contains {@code text}, for training attendance. */
    List<GridWorker> named(String text, DataScope scope, int limit) {
        return jdbc.sql(SELECT + " where g.active and g.region_code like :prefix || '%'"
                        + " and g.name like '%' || :name || '%' escape '\\' order by g.name, g.id limit :limit")
                .param("prefix", scope.prefix())
                .param("name", Like.escape(text.strip()))
                .param("limit", limit)
                .param("year", LocalDate.now().getYear())
                .query(GridWorkerRepository::worker)
                .list();
    }

    long insert(GridWorkerForm form, RegionCode region, String mobile, String createdBy) {
        return jdbc.sql("""
                        insert into rescue.grid_workers (name, region_code, duty, phone_cipher, phone_masked, since,
                            created_by)
                        values (:name, :region, :duty, :cipher, :masked, :since, :by) returning id
                        """)
                .param("name", form.name().strip())
                .param("region", region.value())
                .param("duty", form.duty())
                .param("cipher", cipher.encrypt(mobile, PHONE_CONTEXT))
                .param("masked", org.minzheng.shared.Masking.phone(mobile))
                .param("since", form.since())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    void update(long id, GridWorkerForm form, RegionCode region, String mobileOrNull) {
        jdbc.sql("""
                        update rescue.grid_workers set name = :name, region_code = :region, duty = :duty, since = :since,
                            phone_cipher = coalesce(:cipher, phone_cipher),
                            phone_masked = coalesce(:masked, phone_masked)
                        where id = :id
                        """)
                .param("id", id)
                .param("name", form.name().strip())
                .param("region", region.value())
                .param("duty", form.duty())
                .param("since", form.since())
                .param("cipher", mobileOrNull == null ? null : cipher.encrypt(mobileOrNull, PHONE_CONTEXT))
                .param("masked", mobileOrNull == null ? null : org.minzheng.shared.Masking.phone(mobileOrNull))
                .update();
    }

    void deactivate(long id) {
        jdbc.sql("update rescue.grid_workers set active = false where id = :id")
                .param("id", id)
                .update();
    }

    void reactivate(long id) {
        jdbc.sql("update rescue.grid_workers set active = true where id = :id")
                .param("id", id)
                .update();
    }

    private JdbcClient.StatementSpec filtered(String sql, DataScope scope, GridWorkerSearch search) {
        String name = search.name() == null || search.name().isBlank()
                ? null
                : Like.escape(search.name().strip());
        return jdbc.sql(sql)
                .param("prefix", scope.prefix())
                .param(
                        "township",
                        search.township() == null ? null : search.township().significantDigits())
                .param("duty", search.duty() == null ? null : search.duty().name())
                .param("active", search.active())
                .param("name", name);
    }

    private static GridWorker worker(ResultSet rs, int n) throws SQLException {
        return new GridWorker(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                GridDuty.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getBoolean(6),
                rs.getObject(7, LocalDate.class),
                rs.getBigDecimal(8));
    }
}
