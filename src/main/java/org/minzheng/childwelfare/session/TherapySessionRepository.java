package org.minzheng.childwelfare.session;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of sessions, always within the staff member's scope. */
@Repository
class TherapySessionRepository {

    /** The disability for which the daily 120-minute target applies. */
    static final String TARGET_DISABILITY = "PHYSICAL";

    private final JdbcClient jdbc;

    TherapySessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record TodayChild(long id, String name, String disabilityType, int minutes) {

        public boolean targeted() {
            return TARGET_DISABILITY.equals(disabilityType);
        }

        public boolean belowTarget() {
            return targeted() && minutes < TherapySessions.DAILY_TARGET_MINUTES;
        }
    }

    record RecordedTherapy(long childId, String therapyCode, String status) {}

    record MySession(
            long id,
            LocalDate day,
            String childName,
            String therapyCode,
            int minutes,
            String status,
            String missedReason) {}

    record ChildMinutes(
            long id,
            String name,
            String disabilityType,
            int dayMinutes,
            int monthMinutes,
            int belowDays,
            int monthMissed) {

        public boolean targeted() {
            return TARGET_DISABILITY.equals(disabilityType);
        }

        public boolean belowTarget() {
            return targeted() && dayMinutes < TherapySessions.DAILY_TARGET_MINUTES;
        }
    }

    record Workload(
            long therapistId,
            String name,
            int daySessions,
            int dayMinutes,
            int dayChildren,
            int monthSessions,
            int monthMinutes,
            int monthChildren,
            int monthMissed) {}

    record Missed(
            long id,
            LocalDate day,
            String childName,
            String therapyCode,
            String therapistName,
            String reason,
            String notes) {}

    record ExportRow(
            long id,
            LocalDate day,
            String childName,
            String therapyCode,
            String therapistName,
            String status,
            int minutes,
            String reason,
            long costFen,
            String notes) {}

    List<TherapyType> therapyTypes() {
        return jdbc.sql("""
                        select code, name_zh, name_en, price_per_hour_fen from childwelfare.therapy_types
                        order by sort_order
                        """)
                .query((rs, n) -> new TherapyType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** The children of the therapist's home in care on the day, with the minutes given them that day. */
    List<TodayChild> childrenOn(long institutionId, LocalDate day, DataScope scope) {
        return jdbc.sql("""
                        select c.id, c.name, c.disability_type,
                               coalesce((select sum(s.minutes) from childwelfare.sessions s
                                         where s.child_id = c.id and s.session_date = :day), 0)
                        from childwelfare.children c
                        where c.institution_id = :institution and c.region_code like :prefix || '%'
                          and c.admitted_on <= :day and (c.discharged_on is null or c.discharged_on >= :day)
                        order by c.name, c.id
                        """)
                .param("institution", institutionId)
                .param("day", day)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new TodayChild(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** What has been recorded for the home's children on the day, by anyone, to tell done plan rows. */
    List<RecordedTherapy> recordedOn(long institutionId, LocalDate day, DataScope scope) {
        return jdbc.sql("""
                        select s.child_id, s.therapy_code, s.status
                        from childwelfare.sessions s join childwelfare.children c on c.id = s.child_id
                        where c.institution_id = :institution and s.session_date = :day
                          and s.region_code like :prefix || '%'
                        order by s.id
                        """)
                .param("institution", institutionId)
                .param("day", day)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new RecordedTherapy(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    List<MySession> mine(long therapistId, LocalDate since, DataScope scope) {
        return jdbc.sql("""
                        select s.id, s.session_date, c.name, s.therapy_code, s.minutes, s.status, s.missed_reason
                        from childwelfare.sessions s join childwelfare.children c on c.id = s.child_id
                        where s.therapist_id = :therapist and s.session_date >= :since
                          and s.region_code like :prefix || '%'
                        order by s.session_date desc, s.id desc
                        limit 200
                        """)
                .param("therapist", therapistId)
                .param("since", since)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new MySession(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /**
     * Per child the minutes of the day and of the month. Days below target are the weekdays of the month
     * before today on which a child with a physical disability, in care that day, had fewer than the target.
     */
    Page<ChildMinutes> minutes(
            LocalDate day,
            YearMonth month,
            String name,
            boolean belowOnly,
            LocalDate today,
            DataScope scope,
            Pageable page) {
        String from = """
                from (
                    select c.id, c.name, c.disability_type,
                           coalesce((select sum(s.minutes) from childwelfare.sessions s
                                     where s.child_id = c.id and s.session_date = :day), 0) as day_minutes,
                           coalesce((select sum(s.minutes) from childwelfare.sessions s
                                     where s.child_id = c.id and s.session_date between :first and :last), 0)
                               as month_minutes,
                           case when c.disability_type = :targeted then
                               (select count(*) from generate_series(
                                        greatest(cast(:first as date), c.admitted_on),
                                        least(cast(:last as date), cast(:today as date) - 1,
                                              coalesce(c.discharged_on, cast(:last as date))),
                                        interval '1 day') as g(d)
                                where extract(isodow from g.d) < 6
                                  and coalesce((select sum(s.minutes) from childwelfare.sessions s
                                                where s.child_id = c.id and s.session_date = cast(g.d as date)), 0)
                                      < :target)
                           else 0 end as below_days,
                           (select count(*) from childwelfare.sessions s
                            where s.child_id = c.id and s.status = 'MISSED'
                              and s.session_date between :first and :last) as month_missed
                    from childwelfare.children c
                    where c.region_code like :prefix || '%'
                      and c.admitted_on <= greatest(cast(:day as date), cast(:last as date))
                      and (c.discharged_on is null or c.discharged_on >= least(cast(:day as date), cast(:first as date)))
                      and (:name = '' or c.name like '%' || :name || '%')
                ) k
                where (not :belowOnly or (k.disability_type = :targeted and k.day_minutes < :target))
                """;
        String pattern = Like.escape(name == null ? "" : name.strip());
        long total = bind(jdbc.sql("select count(*) " + from), day, month, pattern, belowOnly, today, scope)
                .query(Long.class)
                .single();
        List<ChildMinutes> rows = bind(
                        jdbc.sql("select k.* " + from + " order by k.name, k.id limit :limit offset :offset"),
                        day,
                        month,
                        pattern,
                        belowOnly,
                        today,
                        scope)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new ChildMinutes(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql,
            LocalDate day,
            YearMonth month,
            String name,
            boolean belowOnly,
            LocalDate today,
            DataScope scope) {
        return sql.param("day", day)
                .param("first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .param("today", today)
                .param("targeted", TARGET_DISABILITY)
                .param("target", TherapySessions.DAILY_TARGET_MINUTES)
                .param("name", name)
                .param("belowOnly", belowOnly)
                .param("prefix", scope.prefix());
    }

    List<Workload> workload(LocalDate day, YearMonth month, DataScope scope) {
        return jdbc.sql("""
                        select t.id, t.name,
                               count(s.id) filter (where s.session_date = :day and s.status = 'DONE'),
                               coalesce(sum(s.minutes) filter (where s.session_date = :day), 0),
                               count(distinct s.child_id) filter (where s.session_date = :day and s.status = 'DONE'),
                               count(s.id) filter (where s.session_date between :first and :last and s.status = 'DONE'),
                               coalesce(sum(s.minutes) filter (where s.session_date between :first and :last), 0),
                               count(distinct s.child_id) filter (where s.session_date between :first and :last
                                                                    and s.status = 'DONE'),
                               count(s.id) filter (where s.session_date between :first and :last
                                                     and s.status = 'MISSED')
                        from childwelfare.therapists t
                        join childwelfare.institutions i on i.id = t.institution_id
                        left join childwelfare.sessions s on s.therapist_id = t.id
                             and s.region_code like :prefix || '%'
                             and (s.session_date = :day or s.session_date between :first and :last)
                        where i.region_code like :prefix || '%'
                        group by t.id, t.name
                        order by t.name, t.id
                        """)
                .param("day", day)
                .param("first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .param("prefix", scope.prefix())
                .query((rs, n) -> new Workload(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9)))
                .list();
    }

    List<Missed> missed(YearMonth month, DataScope scope, int limit) {
        return jdbc.sql("""
                        select s.id, s.session_date, c.name, s.therapy_code, t.name, s.missed_reason, s.notes
                        from childwelfare.sessions s
                        join childwelfare.children c on c.id = s.child_id
                        left join childwelfare.therapists t on t.id = s.therapist_id
                        where s.status = 'MISSED' and s.region_code like :prefix || '%'
                          and s.session_date between :first and :last
                        order by s.session_date desc, c.name, s.id
                        limit :limit
                        """)
                .param("first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .param("prefix", scope.prefix())
                .param("limit", limit)
                .query((rs, n) -> new Missed(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    int missedCount(YearMonth month, DataScope scope) {
        return jdbc.sql("""
                        select count(*) from childwelfare.sessions s
                        where s.status = 'MISSED' and s.region_code like :prefix || '%'
                          and s.session_date between :first and :last
                        """)
                .param("first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .param("prefix", scope.prefix())
                .query(Integer.class)
                .single();
    }

    List<ExportRow> export(YearMonth month, DataScope scope, int limit) {
        return jdbc.sql("""
                        select s.id, s.session_date, c.name, s.therapy_code, t.name, s.status, s.minutes,
                               s.missed_reason, s.cost_fen, s.notes
                        from childwelfare.sessions s
                        join childwelfare.children c on c.id = s.child_id
                        left join childwelfare.therapists t on t.id = s.therapist_id
                        where s.region_code like :prefix || '%' and s.session_date between :first and :last
                        order by s.session_date, c.name, s.id
                        limit :limit
                        """)
                .param("first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .param("prefix", scope.prefix())
                .param("limit", limit)
                .query((rs, n) -> new ExportRow(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getLong(9),
                        rs.getString(10)))
                .list();
    }
}
