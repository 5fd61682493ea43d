package org.minzheng.childwelfare.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minzheng.childwelfare.funding.FundAllocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. Therapy sessions of the demo welfare home's children on every weekday since 1 January up to
 * yesterday, once: about the daily target for children with a physical disability, less for the others, some
 * days short and a few sessions missed with a reason. All are allocated to the funds at the end in one pass,
 * each child's in date order, so the annual caps run out during the year as they would. Skipped when the demo home or its
 * children and therapists are absent.
 */
@Component
@Order(72)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoTherapySessions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTherapySessions.class);

    private static final String[] NOTES = {"配合良好", "情绪稳定，完成全部训练", "注意力不集中，已调整训练内容", "较上周有进步"};
    private static final MissedReason[] REASONS = MissedReason.values();

    private record Child(long id, String disabilityType, String region, LocalDate admitted, LocalDate discharged) {}

    private record Staff(long id, String username) {}

    private record Slot(String therapy, int minutes) {}

    private static final Map<Boolean, List<Slot>> DAYS = Map.of(
            true, List.of(new Slot("PHYSICAL", 60), new Slot("OCCUPATIONAL", 60)),
            false, List.of(new Slot("SPEECH", 45)));

    private final JdbcClient jdbc;
    private final FundAllocation funds;
    private final TransactionTemplate transaction;

    DemoTherapySessions(JdbcClient jdbc, FundAllocation funds, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from childwelfare.sessions where demo)")
                .query(Boolean.class)
                .single()) {
            return;
        }
        Long home = jdbc.sql("select id from childwelfare.institutions where demo order by id limit 1")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (home == null) {
            return;
        }
        long started = System.currentTimeMillis();
        LocalDate today = LocalDate.now();
        LocalDate from = today.withDayOfYear(1);
        int written = transaction.execute(status -> generate(home, from, today));
        log.info(
                "Demo therapy sessions: {} since {} allocated in {} ms",
                written,
                from,
                System.currentTimeMillis() - started);
    }

    /** @return how many sessions were written for the home's children, from the day until before today */
    int generate(long home, LocalDate from, LocalDate today) {
        List<Child> children = jdbc.sql("""
                        select id, disability_type, region_code, admitted_on, discharged_on
                        from childwelfare.children where institution_id = :home order by id
                        """)
                .param("home", home)
                .query((rs, n) -> new Child(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
        List<Staff> therapists = jdbc.sql("""
                        select id, coalesce(username, 'demo') from childwelfare.therapists
                        where institution_id = :home and active order by id
                        """)
                .param("home", home)
                .query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2)))
                .list();
        if (children.isEmpty() || therapists.isEmpty()) {
            return 0;
        }
        Random random = new Random(72);
        List<Long> written = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            DayOfSessions sessions = new DayOfSessions();
            for (int c = 0; c < children.size(); c++) {
                Child child = children.get(c);
                if (child.admitted().isAfter(day)
                        || (child.discharged() != null && child.discharged().isBefore(day))) {
                    continue;
                }
                Staff therapist = therapists.get(c % therapists.size());
                boolean physical = TherapySessionRepository.TARGET_DISABILITY.equals(child.disabilityType());
                boolean shortDay = random.nextInt(10) == 0;
                for (Slot slot : DAYS.get(physical)) {
                    int minutes = shortDay && "OCCUPATIONAL".equals(slot.therapy()) ? 30 : slot.minutes();
                    MissedReason missed = random.nextInt(40) == 0 ? REASONS[random.nextInt(REASONS.length)] : null;
                    String note = random.nextInt(6) == 0 ? NOTES[random.nextInt(NOTES.length)] : null;
                    sessions.add(child, therapist, slot.therapy(), missed == null ? minutes : 0, missed, note);
                }
            }
            written.addAll(insert(day, sessions));
        }
        funds.allocateAll(written);
        return written.size();
    }

    /** The sessions of one day, column by column, so that the day is inserted with one statement. */
    private static final class DayOfSessions {
        final List<Long> children = new ArrayList<>();
        final List<String> regions = new ArrayList<>();
        final List<Long> therapists = new ArrayList<>();
        final List<String> usernames = new ArrayList<>();
        final List<String> therapies = new ArrayList<>();
        final List<Integer> minutes = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        void add(Child child, Staff therapist, String therapy, int minutes, MissedReason missed, String note) {
            children.add(child.id());
            regions.add(child.region());
            therapists.add(therapist.id());
            usernames.add(therapist.username());
            therapies.add(therapy);
            this.minutes.add(minutes);
            reasons.add(missed == null ? null : missed.name());
            notes.add(note);
        }
    }

    private List<Long> insert(LocalDate day, DayOfSessions s) {
        if (s.children.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        insert into childwelfare.sessions (child_id, plan_id, therapy_code, therapist_id, session_date,
                                                           minutes, status, missed_reason, notes, cost_fen,
                                                           region_code, demo, recorded_by, recorded_at)
                        select r.child,
                               (select p.id from childwelfare.plans p where p.child_id = r.child
                                  and p.status = 'ACTIVE' and p.starts_on <= :day),
                               r.therapy, r.therapist, :day, r.minutes,
                               case when r.reason is null then 'DONE' else 'MISSED' end, r.reason, r.note,
                               round(t.price_per_hour_fen * r.minutes / 60.0), r.region, true, r.username, :at
                        from unnest(cast(:children as bigint[]), cast(:therapies as varchar[]),
                                    cast(:therapists as bigint[]), cast(:minutes as integer[]),
                                    cast(:reasons as varchar[]), cast(:notes as varchar[]),
                                    cast(:regions as varchar[]), cast(:usernames as varchar[]))
                                 with ordinality as r(child, therapy, therapist, minutes, reason, note, region,
                                                      username, n)
                        join childwelfare.therapy_types t on t.code = r.therapy
                        order by r.n
                        returning id
                        """)
                .param("day", day)
                .param("at", day.atTime(16, 0).atOffset(ZoneOffset.ofHours(8)))
                .param("children", s.children.toArray(Long[]::new))
                .param("therapies", s.therapies.toArray(String[]::new))
                .param("therapists", s.therapists.toArray(Long[]::new))
                .param("minutes", s.minutes.toArray(Integer[]::new))
                .param("reasons", s.reasons.toArray(String[]::new))
                .param("notes", s.notes.toArray(String[]::new))
                .param("regions", s.regions.toArray(String[]::new))
                .param("usernames", s.usernames.toArray(String[]::new))
                .query(Long.class)
                .list();
    }
}
