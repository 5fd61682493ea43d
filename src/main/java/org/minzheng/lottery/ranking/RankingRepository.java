package org.minzheng.lottery.ranking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.lottery.sales.SalesPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures behind a ranking, computed live from the outlets and sales, and the published bulletins with their
 * interviews. An outlet's area is the area covering its township, else its county.
 */
@Repository
class RankingRepository {

    private static final String OUTLETS = """
            (select o.id, o.opened_on, o.closed_on, o.serviced_by_team_id, o.serviced_by_member_id,
                    o.opened_by_team_id, o.opened_by_member_id, oa.area_id
             from lottery.outlets o
             left join lateral (select ar.area_id from lottery.area_regions ar
                                where ar.region_code in (substring(o.region_code, 1, 9) || '000',
                                                         substring(o.region_code, 1, 6) || '000000')
                                order by ar.region_code desc limit 1) oa on true
             where o.region_code like :prefix || '%') o
            """;

    private static final String BULLETIN_COLUMNS = """
            b.id, b.period_kind, b.period_start, b.period_end, b.subject, b.measure, b.title, b.comment,
            b.published_by, b.published_at, b.demo,
            (select count(*) from lottery.bulletin_rows r where r.bulletin_id = b.id) as row_count,
            (select count(*) from lottery.bulletin_rows r where r.bulletin_id = b.id and r.bottom
                and not exists (select 1 from lottery.interviews i
                                where i.bulletin_id = b.id and i.subject_id = r.subject_id)) as awaiting
            """;

    private final JdbcClient jdbc;

    RankingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Ranking.Entry> entries(SalesPeriod period, RankingSubject subject, RankingMeasure measure, String prefix) {
        String table =
                switch (subject) {
                    case TEAM -> "lottery.teams";
                    case MEMBER -> "lottery.team_members";
                    case AREA -> "lottery.areas";
                };
        String sql;
        if (measure == RankingMeasure.NEW_OUTLETS) {
            String column =
                    switch (subject) {
                        case TEAM -> "o.opened_by_team_id";
                        case MEMBER -> "o.opened_by_member_id";
                        case AREA -> "o.area_id";
                    };
            String active =
                    switch (subject) {
                        // a team counts when it had someone in the period or opened something then; otherwise
                        // every team ever made would come last in every past week
                        case TEAM ->
                            "subj.active and (exists (select 1 from lottery.team_members m where m.team_id = subj.id"
                                    + " and m.joined_on <= :to and (m.left_on is null or m.left_on >= :from))"
                                    + " or exists (select 1 from lottery.outlets x where x.opened_by_team_id = subj.id"
                                    + " and x.opened_on between :bfrom and :to))";
                        case MEMBER -> "subj.joined_on <= :to and (subj.left_on is null or subj.left_on >= :from)";
                        case AREA -> "subj.contract_from <= :to and subj.contract_to >= :from";
                    };
            sql = "select subj.id, subj.name,"
                    + " count(o.id) filter (where o.opened_on between :from and :to) as current,"
                    + " count(o.id) filter (where o.opened_on between :bfrom and :bto) as baseline"
                    + " from " + table + " subj left join " + OUTLETS + " on " + column + " = subj.id"
                    + " where " + active + " group by subj.id, subj.name";
        } else {
            String column =
                    switch (subject) {
                        case TEAM -> "o.serviced_by_team_id";
                        case MEMBER -> "o.serviced_by_member_id";
                        case AREA -> "o.area_id";
                    };
            sql = "select subj.id, subj.name, coalesce(sum(x.current), 0) as current,"
                    + " coalesce(sum(x.baseline), 0) as baseline from " + OUTLETS
                    + " join " + table + " subj on subj.id = " + column
                    + """
                     left join (select s.outlet_id,
                                   sum(s.amount_fen) filter (where s.sales_date between :from and :to) as current,
                                   sum(s.amount_fen) filter (where s.sales_date between :bfrom and :bto) as baseline
                                from lottery.sales s
                                where s.sales_date between :from and :to or s.sales_date between :bfrom and :bto
                                group by s.outlet_id) x on x.outlet_id = o.id
                     where o.opened_on <= :to and (o.closed_on is null or o.closed_on >= :bfrom)
                     group by subj.id, subj.name
                    """;
        }
        SalesPeriod baseline = period.baseline();
        return jdbc.sql(sql)
                .param("prefix", prefix)
                .param("from", period.start())
                .param("to", period.end())
                .param("bfrom", baseline.start())
                .param("bto", baseline.end())
                .query((rs, n) -> {
                    long current = rs.getLong("current");
                    long base = rs.getLong("baseline");
                    long value = measure == RankingMeasure.GROWTH ? current - base : current;
                    return new Ranking.Entry(rs.getLong("id"), rs.getString("name"), value, base);
                })
                .list();
    }

    boolean published(String kind, LocalDate start, RankingSubject subject, RankingMeasure measure) {
        return jdbc.sql("""
                        select exists (select 1 from lottery.ranking_bulletins where period_kind = :kind
                               and period_start = :start and subject = :subject and measure = :measure)
                        """)
                .param("kind", kind)
                .param("start", start)
                .param("subject", subject.name())
                .param("measure", measure.name())
                .query(Boolean.class)
                .single();
    }

    long insertBulletin(
            String kind,
            SalesPeriod period,
            RankingSubject subject,
            RankingMeasure measure,
            String title,
            String comment,
            String by,
            boolean demo) {
        return jdbc.sql("""
                        insert into lottery.ranking_bulletins (period_kind, period_start, period_end, subject, measure,
                               title, comment, published_by, demo)
                        values (:kind, :start, :end, :subject, :measure, :title, :comment, :by, :demo)
                        returning id
                        """)
                .param("kind", kind)
                .param("start", period.start())
                .param("end", period.end())
                .param("subject", subject.name())
                .param("measure", measure.name())
                .param("title", title)
                .param("comment", comment)
                .param("by", by)
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    void insertRow(long bulletinId, Ranking.Row row) {
        jdbc.sql("""
                        insert into lottery.bulletin_rows (bulletin_id, rank, subject_id, subject_name, value, previous,
                               bottom)
                        values (:bulletin, :rank, :subject, :name, :value, :previous, :bottom)
                        """)
                .param("bulletin", bulletinId)
                .param("rank", row.rank())
                .param("subject", row.id())
                .param("name", row.name())
                .param("value", row.value())
                .param("previous", row.previous())
                .param("bottom", row.bottom())
                .update();
    }

    Optional<Bulletin> find(long id) {
        return jdbc.sql("select " + BULLETIN_COLUMNS + " from lottery.ranking_bulletins b where b.id = :id")
                .param("id", id)
                .query(RankingRepository::bulletin)
                .optional();
    }

    List<Bulletin> bulletins(String kind, int limit, long offset) {
        return jdbc.sql("select " + BULLETIN_COLUMNS + " from lottery.ranking_bulletins b"
                        + " where (:kind = '' or b.period_kind = :kind)"
                        + " order by b.period_start desc, b.subject, b.measure limit :limit offset :offset")
                .param("kind", kind)
                .param("limit", limit)
                .param("offset", offset)
                .query(RankingRepository::bulletin)
                .list();
    }

    long countBulletins(String kind) {
        return jdbc.sql("select count(*) from lottery.ranking_bulletins b where (:kind = '' or b.period_kind = :kind)")
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    List<BulletinRow> rows(long bulletinId) {
        return jdbc.sql("""
                        select r.rank, r.subject_id, r.subject_name, r.value, r.previous, r.bottom,
                               i.interviewed_on, i.interviewer, i.causes, i.measures
                        from lottery.bulletin_rows r
                        left join lottery.interviews i on i.bulletin_id = r.bulletin_id and i.subject_id = r.subject_id
                        where r.bulletin_id = :id order by r.rank
                        """)
                .param("id", bulletinId)
                .query((rs, n) -> new BulletinRow(
                        rs.getInt("rank"),
                        rs.getLong("subject_id"),
                        rs.getString("subject_name"),
                        rs.getLong("value"),
                        (Long) rs.getObject("previous"),
                        rs.getBoolean("bottom"),
                        rs.getObject("interviewed_on", LocalDate.class),
                        rs.getString("interviewer"),
                        rs.getString("causes"),
                        rs.getString("measures")))
                .list();
    }

    void insertInterview(long bulletinId, BulletinRow row, LotteryInterviewForm form, String by) {
        jdbc.sql("""
                        insert into lottery.interviews (bulletin_id, subject_id, subject_name, interviewed_on,
                               interviewer, causes, measures, created_by)
                        values (:bulletin, :subject, :name, :on, :interviewer, :causes, :measures, :by)
                        """)
                .param("bulletin", bulletinId)
                .param("subject", row.subjectId())
                .param("name", row.subjectName())
                .param("on", form.interviewedOn())
                .param("interviewer", form.interviewer().strip())
                .param("causes", form.causes().strip())
                .param("measures", form.measures().strip())
                .param("by", by)
                .update();
    }

    private static Bulletin bulletin(ResultSet rs, int n) throws SQLException {
        return new Bulletin(
                rs.getLong("id"),
                rs.getString("period_kind"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                RankingSubject.valueOf(rs.getString("subject")),
                RankingMeasure.valueOf(rs.getString("measure")),
                rs.getString("title"),
                rs.getString("comment"),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getBoolean("demo"),
                rs.getInt("row_count"),
                rs.getInt("awaiting"));
    }
}
