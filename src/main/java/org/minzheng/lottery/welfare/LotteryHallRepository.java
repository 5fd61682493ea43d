package org.minzheng.lottery.welfare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 快乐吧 halls: visitors per day and events, read by year. */
@Repository
class LotteryHallRepository {

    private static final String HALL = """
            select o.id, o.code, o.name, o.address, o.region_code,
                   (select coalesce(sum(v.visitors), 0) from lottery.hall_visits v
                    where v.outlet_id = o.id and v.visit_date between :from and :to),
                   (select count(*) from lottery.hall_events e
                    where e.outlet_id = o.id and e.held_on between :from and :to)
            from lottery.outlets o
            where o.kind = 'HAPPY_HALL' and o.region_code like :prefix || '%'
            """;

    private final JdbcClient jdbc;

    LotteryHallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Hall> halls(String prefix, int year) {
        return hallQuery(HALL + " order by o.closed_on is not null, o.name", prefix, year)
                .query((rs, n) -> hall(rs))
                .list();
    }

    Optional<Hall> hall(long id, String prefix, int year) {
        return hallQuery(HALL + " and o.id = :id", prefix, year)
                .param("id", id)
                .query((rs, n) -> hall(rs))
                .optional();
    }

    /** Twelve rows, January first, months without figures included. */
    List<HallMonth> months(long hallId, int year) {
        List<HallMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new HallMonth(m, 0, 0, 0, 0));
        }
        jdbc.sql("""
                        select m, coalesce(v.days, 0), coalesce(v.visitors, 0), coalesce(e.events, 0),
                               coalesce(e.participants, 0)
                        from generate_series(1, 12) m
                        left join (select extract(month from visit_date)::int mo, count(*) days, sum(visitors) visitors
                                   from lottery.hall_visits where outlet_id = :id
                                   and extract(year from visit_date) = :year group by mo) v on v.mo = m
                        left join (select extract(month from held_on)::int mo, count(*) events,
                                          sum(participants) participants
                                   from lottery.hall_events where outlet_id = :id
                                   and extract(year from held_on) = :year group by mo) e on e.mo = m
                        order by m
                        """)
                .param("id", hallId)
                .param("year", year)
                .query((rs, n) -> new HallMonth(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list()
                .forEach(month -> months.set(month.month() - 1, month));
        return months;
    }

    List<HallVisit> visits(long hallId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select visit_date, visitors, note, recorded_by from lottery.hall_visits
                        where outlet_id = :id and visit_date between :from and :to order by visit_date desc
                        """)
                .param("id", hallId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new HallVisit(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    Optional<HallVisit> visit(long hallId, LocalDate day) {
        return visits(hallId, day, day).stream().findFirst();
    }

    List<HallEvent> events(long hallId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, held_on, title, kind, participants, note from lottery.hall_events
                        where outlet_id = :id and held_on between :from and :to order by held_on desc, id desc
                        """)
                .param("id", hallId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new HallEvent(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6)))
                .list();
    }

    void saveVisit(long hallId, LotteryHallVisitForm form, String by) {
        jdbc.sql("""
                        insert into lottery.hall_visits (outlet_id, visit_date, visitors, note, recorded_by)
                        values (:id, :day, :visitors, :note, :by)
                        on conflict (outlet_id, visit_date) do update
                        set visitors = excluded.visitors, note = excluded.note, recorded_by = excluded.recorded_by
                        """)
                .param("id", hallId)
                .param("day", form.visitDate())
                .param("visitors", form.visitors())
                .param(
                        "note",
                        form.note() == null || form.note().isBlank()
                                ? null
                                : form.note().strip())
                .param("by", by)
                .update();
    }

    long insertEvent(long hallId, LotteryHallEventForm form, String by) {
        return jdbc.sql("""
                        insert into lottery.hall_events (outlet_id, held_on, title, kind, participants, note, created_by)
                        values (:id, :held, :title, :kind, :participants, :note, :by) returning id
                        """)
                .param("id", hallId)
                .param("held", form.heldOn())
                .param("title", form.title().strip())
                .param("kind", form.kind())
                .param("participants", form.participants())
                .param(
                        "note",
                        form.note() == null || form.note().isBlank()
                                ? null
                                : form.note().strip())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec hallQuery(String sql, String prefix, int year) {
        return jdbc.sql(sql)
                .param("prefix", prefix)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31));
    }

    private static Hall hall(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Hall(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7));
    }
}
