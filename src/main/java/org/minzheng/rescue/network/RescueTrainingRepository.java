package org.minzheng.rescue.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainings and their attendance; a training is seen by those who see its organising station. */
@Repository
class RescueTrainingRepository {

    private static final String SELECT = """
            select t.id, t.title, t.held_on, t.hours, t.station_id, s.name, s.region_code, t.location, t.content,
                   (select count(*) from rescue.training_attendance a where a.training_id = t.id)
            from rescue.trainings t join rescue.stations s on s.id = t.station_id
            where s.region_code like :prefix || '%'
            """;

    private final JdbcClient jdbc;

    RescueTrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Training> list(DataScope scope, int year, Long stationId) {
        return jdbc.sql(SELECT + " and extract(year from t.held_on) = :year"
                        + " and (cast(:station as bigint) is null or t.station_id = :station)"
                        + " order by t.held_on desc, t.id desc")
                .param("prefix", scope.prefix())
                .param("year", year)
                .param("station", stationId)
                .query(RescueTrainingRepository::training)
                .list();
    }

    List<Training> ofStation(long stationId, DataScope scope) {
        return jdbc.sql(SELECT + " and t.station_id = :station order by t.held_on desc, t.id desc")
                .param("prefix", scope.prefix())
                .param("station", stationId)
                .query(RescueTrainingRepository::training)
                .list();
    }

    Optional<Training> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " and t.id = :id")
                .param("prefix", scope.prefix())
                .param("id", id)
                .query(RescueTrainingRepository::training)
                .optional();
    }

    long insert(TrainingForm form, String createdBy) {
        return jdbc.sql("""
                        insert into rescue.trainings (title, held_on, hours, station_id, location, content, created_by)
                        values (:title, :held, :hours, :station, :location, :content, :by) returning id
                        """)
                .param("title", form.title().strip())
                .param("held", form.heldOn())
                .param("hours", form.hours())
                .param("station", form.stationId())
                .param("location", form.location().strip())
                .param("content", form.content().strip())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    /** Staff first, then grid workers, each by name. */
    List<Attendee> attendees(long trainingId) {
        return jdbc.sql("""
                        select false, m.id, m.name, s.name, m.post
                        from rescue.training_attendance a
                        join rescue.station_staff m on m.id = a.staff_id
                        join rescue.stations s on s.id = m.station_id
                        where a.training_id = :id
                        union all
                        select true, g.id, g.name, g.region_code, g.duty
                        from rescue.training_attendance a join rescue.grid_workers g on g.id = a.grid_worker_id
                        where a.training_id = :id
                        order by 1, 3, 2
                        """)
                .param("id", trainingId)
                .query((rs, n) -> {
                    boolean grid = rs.getBoolean(1);
                    String role = grid
                            ? GridDuty.valueOf(rs.getString(5)).messageKey()
                            : StationPost.valueOf(rs.getString(5)).messageKey();
                    return new Attendee(grid, rs.getLong(2), rs.getString(3), rs.getString(4), role);
                })
                .list();
    }

    /** Adds the person once; false when already attending. */
    boolean attend(long trainingId, Long staffId, Long gridWorkerId) {
        return jdbc.sql("""
                        insert into rescue.training_attendance (training_id, staff_id, grid_worker_id)
                        select :training, cast(:staff as bigint), cast(:grid as bigint)
                        where not exists (select 1 from rescue.training_attendance
                                          where training_id = :training
                                            and (staff_id = cast(:staff as bigint) or grid_worker_id = cast(:grid as bigint)))
                        """)
                        .param("training", trainingId)
                        .param("staff", staffId)
                        .param("grid", gridWorkerId)
                        .update()
                > 0;
    }

    boolean unattend(long trainingId, Long staffId, Long gridWorkerId) {
        return jdbc.sql("""
                        delete from rescue.training_attendance
                        where training_id = :training
                          and (staff_id = cast(:staff as bigint) or grid_worker_id = cast(:grid as bigint))
                        """)
                        .param("training", trainingId)
                        .param("staff", staffId)
                        .param("grid", gridWorkerId)
                        .update()
                > 0;
    }

    private static Training training(ResultSet rs, int n) throws SQLException {
        return new Training(
                rs.getLong(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getInt(10));
    }
}
