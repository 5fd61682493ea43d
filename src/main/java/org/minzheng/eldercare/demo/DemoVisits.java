package org.minzheng.eldercare.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minzheng.eldercare.demo.DemoCareNetwork.Bed;
import org.minzheng.shared.CountyPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DEMO DATA. For each bed and each of the last three months (this one included) the monthly plan from the
 * package of the elder's level, and its visits spread over the month. Past visits are mostly done on their
 * day; a few are checked in a day late, missed, too short, checked out before checked in, or overlap another
 * visit of the same caregiver, each such visit with its anomaly row, older ones mostly reviewed. The rest of
 * this month is dispatched or still planned.
 */
final class DemoVisits {

    private static final String[] RECORDS = {
        "按计划完成服务，老人精神状态良好。", "服务完成，已提醒老人按时服药。", "服务完成，老人对服务表示满意。", "服务完成，家属在场确认。", "服务完成，发现室内地面湿滑，已提醒家属注意。"
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Random random;

    DemoVisits(JdbcClient jdbc, JdbcTemplate batch, Random random) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.random = random;
    }

    private record Line(long itemId, String name, int minutes, long priceFen, int visits) {}

    /** A visit being made up; anomalies are the kinds the rules would find in it. */
    private static final class Draft {
        long id;
        long planId;
        Bed bed;
        Line line;
        LocalDate scheduledOn;
        String status;
        Long caregiverId;
        OffsetDateTime dispatchedAt;
        LocalDateTime checkedIn;
        LocalDateTime checkedOut;
        String record;
        LocalDateTime confirmedAt;
        String confirmedBy;
        Integer rating;
        final List<String> anomalies = new ArrayList<>();

        boolean plainDone(LocalDate today) {
            return "DONE".equals(status)
                    && anomalies.isEmpty()
                    && scheduledOn.isBefore(today)
                    && checkedIn.toLocalDate().equals(scheduledOn);
        }
    }

    /** @return how many visits were written */
    int plan(List<Bed> beds, LocalDate today, Long huli) {
        Map<Integer, List<Line>> packages = packages();
        YearMonth current = YearMonth.from(today);
        List<YearMonth> months = List.of(current.minusMonths(2), current.minusMonths(1), current);
        List<Long> planIds = DemoCareNetwork.nextIds(jdbc, "eldercare.service_plans", beds.size() * months.size());
        List<Object[]> plans = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        int huliVisitsLeft = huli == null ? 0 : 3;
        int p = 0;
        for (Bed bed : beds) {
            List<Line> lines = packages.getOrDefault(bed.level(), List.of());
            boolean huliBed = huliVisitsLeft > 0
                    && bed.region().startsWith(DemoCareNetwork.PENGLI)
                    && bed.provider().caregivers().contains(huli);
            for (YearMonth month : months) {
                long planId = planIds.get(p++);
                long plannedFen =
                        lines.stream().mapToLong(l -> l.priceFen() * l.visits()).sum();
                plans.add(new Object[] {
                    planId,
                    bed.id(),
                    month.atDay(1),
                    bed.region(),
                    bed.provider().id(),
                    bed.level(),
                    plannedFen,
                    DemoBeds.at(month.atDay(1).minusDays(3))
                });
                boolean first = true;
                for (Line line : lines) {
                    for (LocalDate day : days(month, line.visits())) {
                        Draft draft = new Draft();
                        draft.planId = planId;
                        draft.bed = bed;
                        draft.line = line;
                        draft.scheduledOn = day;
                        if (huliBed && month.equals(current) && first) {
                            draft.scheduledOn = today;
                            draft.status = "DISPATCHED";
                            draft.caregiverId = huli;
                            draft.dispatchedAt = DemoBeds.at(today.minusDays(1));
                            huliVisitsLeft--;
                        } else {
                            serve(draft, today, huli);
                        }
                        first = false;
                        drafts.add(draft);
                    }
                }
            }
        }
        overlaps(drafts, today);
        List<Long> visitIds = DemoCareNetwork.nextIds(jdbc, "eldercare.visits", drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = visitIds.get(i);
        }
        write(plans, drafts, today);
        return drafts.size();
    }

    /** What became of a visit, judged from its day against today. */
    private void serve(Draft draft, LocalDate today, Long huli) {
        List<Long> caregivers = draft.bed.provider().caregivers();
        Long caregiver = caregivers.get(random.nextInt(caregivers.size()));
        if (caregiver.equals(huli) && !draft.scheduledOn.isBefore(today)) {
            // huli's own work today and later is only what plan() gives her, so the phone demo stays predictable
            caregiver =
                    caregivers.stream().filter(c -> !c.equals(huli)).findFirst().orElse(caregiver);
        }
        if (!draft.scheduledOn.isBefore(today)) {
            boolean soon = !draft.scheduledOn.isAfter(today.plusDays(7));
            if (soon || random.nextInt(10) < 4) {
                draft.status = "DISPATCHED";
                draft.caregiverId = caregiver;
                draft.dispatchedAt = DemoBeds.at(
                        draft.scheduledOn.minusDays(7).isBefore(today)
                                ? today.minusDays(1)
                                : draft.scheduledOn.minusDays(7));
            } else {
                draft.status = "PLANNED";
            }
            return;
        }
        draft.caregiverId = caregiver;
        draft.dispatchedAt = DemoBeds.at(draft.scheduledOn.minusDays(3));
        int r = random.nextInt(100);
        if (r < 3) {
            draft.status = "MISSED";
            draft.anomalies.add("MISSED");
            return;
        }
        draft.status = "DONE";
        LocalDate day = r < 9 && draft.scheduledOn.plusDays(1).isBefore(today)
                ? draft.scheduledOn.plusDays(1)
                : draft.scheduledOn;
        draft.checkedIn = day.atTime(8, 0).plusMinutes(random.nextInt(540));
        int standard = draft.line.minutes();
        long minutes = Math.round(standard * (0.8 + random.nextDouble() * 0.4));
        int odd = random.nextInt(100);
        if (odd < 2) {
            minutes = Math.max(1, Math.round(standard * (0.15 + random.nextDouble() * 0.3)));
            draft.anomalies.add("TOO_SHORT");
        }
        draft.checkedOut = draft.checkedIn.plusMinutes(minutes);
        if (odd == 2) {
            draft.checkedOut = draft.checkedIn.minusMinutes(5 + random.nextInt(25));
            draft.anomalies.add("CHECK_OUT_BEFORE_CHECK_IN");
        }
        draft.record = draft.line.name() + "：" + RECORDS[random.nextInt(RECORDS.length)];
        if (random.nextInt(100) < 85) {
            int rating = random.nextInt(20);
            draft.rating = rating < 2 ? 3 : rating < 9 ? 4 : 5;
            draft.confirmedBy = random.nextInt(10) < 6 ? "ELDER" : "FAMILY";
            LocalDateTime later = draft.checkedOut.isAfter(draft.checkedIn) ? draft.checkedOut : draft.checkedIn;
            draft.confirmedAt = later.plusMinutes(5 + random.nextInt(120));
        }
    }

    /**
     * About one pair a provider and month: a second visit of another bed moved onto the first one's day and
     * caregiver, starting while the first is still going.
     */
    private void overlaps(List<Draft> drafts, LocalDate today) {
        Map<String, List<Draft>> byProviderMonth = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.plainDone(today)) {
                byProviderMonth
                        .computeIfAbsent(
                                d.bed.provider().id() + "/" + YearMonth.from(d.scheduledOn), k -> new ArrayList<>())
                        .add(d);
            }
        }
        for (List<Draft> candidates : byProviderMonth.values()) {
            if (candidates.size() < 10 || random.nextInt(10) < 4) {
                continue;
            }
            Draft first = candidates.get(random.nextInt(candidates.size()));
            Draft second = candidates.stream()
                    .filter(d -> d.bed.id() != first.bed.id() && d.plainDone(today))
                    .skip(random.nextInt(5))
                    .findFirst()
                    .orElse(null);
            if (second == null || second == first || !first.plainDone(today)) {
                continue;
            }
            long minutes = java.time.Duration.between(second.checkedIn, second.checkedOut)
                    .toMinutes();
            second.scheduledOn = first.scheduledOn;
            second.caregiverId = first.caregiverId;
            second.checkedIn = first.checkedIn.plusMinutes(Math.min(15, Math.max(1, first.line.minutes() / 3)));
            second.checkedOut = second.checkedIn.plusMinutes(minutes);
            if (second.confirmedAt != null) {
                second.confirmedAt = second.checkedOut.plusMinutes(10);
            }
            first.anomalies.add("OVERLAP");
            second.anomalies.add("OVERLAP");
        }
    }

    private void write(List<Object[]> plans, List<Draft> drafts, LocalDate today) {
        batch.batchUpdate("""
                insert into eldercare.service_plans (id, bed_id, month, region_code, provider_id, capability_level,
                    planned_fen, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'demo', ?)
                """, plans, new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.DATE,
            Types.VARCHAR,
            Types.BIGINT,
            Types.SMALLINT,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE
        });
        List<Object[]> visits = new ArrayList<>();
        List<Object[]> anomalies = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (Draft d : drafts) {
            boolean in = d.checkedIn != null;
            visits.add(new Object[] {
                d.id,
                d.planId,
                d.bed.id(),
                d.bed.provider().id(),
                d.bed.region(),
                d.line.itemId(),
                d.line.name(),
                d.line.minutes(),
                d.line.priceFen(),
                d.scheduledOn,
                d.status,
                d.caregiverId,
                d.dispatchedAt,
                d.dispatchedAt == null ? null : "demo",
                china(d.checkedIn),
                in ? china(d.checkedIn.plusSeconds(3 + random.nextInt(40))) : null,
                in ? coordinate(37.38) : null,
                in ? coordinate(117.97) : null,
                china(d.checkedOut),
                in ? china(d.checkedOut.plusSeconds(3 + random.nextInt(40))) : null,
                in ? coordinate(37.38) : null,
                in ? coordinate(117.97) : null,
                d.record,
                china(d.confirmedAt),
                d.confirmedBy,
                d.rating,
                CountyPartition.of(d.bed.region())
            });
            for (String kind : d.anomalies) {
                anomalies.add(anomaly(d, kind, YearMonth.from(d.scheduledOn).equals(current), today));
            }
        }
        batch.batchUpdate("""
                insert into eldercare.visits (id, plan_id, bed_id, provider_id, region_code, item_id, item_name,
                    standard_minutes, unit_price_fen, scheduled_on, status, caregiver_id, dispatched_at, dispatched_by,
                    checked_in_at, check_in_received, check_in_latitude, check_in_longitude, checked_out_at,
                    check_out_received, check_out_latitude, check_out_longitude, service_record, confirmed_at,
                    confirmed_by, rating, county_code, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)
                """, visits, new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.INTEGER,
            Types.BIGINT,
            Types.DATE,
            Types.VARCHAR,
            Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.NUMERIC,
            Types.NUMERIC,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.NUMERIC,
            Types.NUMERIC,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR,
            Types.SMALLINT,
            Types.CHAR
        });
        batch.batchUpdate("""
                insert into eldercare.visit_anomalies (county_code, visit_id, kind, detail, found_at, reviewed_at,
                    reviewed_by, review_valid, review_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, anomalies, new int[] {
            Types.CHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR,
            Types.BOOLEAN,
            Types.VARCHAR
        });
    }

    /** Older anomalies are mostly reviewed; a short visit or an overlap is seldom found valid, a missed one never. */
    private Object[] anomaly(Draft d, String kind, boolean thisMonth, LocalDate today) {
        LocalDateTime found = d.checkedOut == null
                ? d.scheduledOn.atTime(23, 0)
                : (d.checkedOut.isAfter(d.checkedIn) ? d.checkedOut : d.checkedIn).plusHours(1);
        String detail =
                switch (kind) {
                    case "MISSED" -> "计划日期 " + d.scheduledOn + " 未签到";
                    case "TOO_SHORT" ->
                        "服务 "
                                + java.time.Duration.between(d.checkedIn, d.checkedOut)
                                        .toMinutes() + " 分钟，标准 " + d.line.minutes() + " 分钟";
                    case "CHECK_OUT_BEFORE_CHECK_IN" -> "签退时间早于签到时间";
                    default -> "同一护理员同一时段有另一次服务";
                };
        boolean reviewed = random.nextInt(10) < (thisMonth ? 2 : 7)
                && found.toLocalDate().plusDays(1).isBefore(today);
        Boolean valid = reviewed
                ? ("OVERLAP".equals(kind) || "CHECK_OUT_BEFORE_CHECK_IN".equals(kind)) && random.nextBoolean()
                : null;
        return new Object[] {
            CountyPartition.of(d.bed.region()),
            d.id,
            kind,
            detail,
            china(found),
            reviewed ? china(found.plusDays(1)) : null,
            reviewed ? "demo" : null,
            valid,
            reviewed ? (valid ? "核实为手机时间误差，服务有效。" : "核实属实，本次服务不予结算。") : null
        };
    }

    /** Days of the month for {@code count} visits of one item, spread evenly with a little jitter. */
    private List<LocalDate> days(YearMonth month, int count) {
        int length = month.lengthOfMonth();
        int slot = Math.max(1, length / count);
        List<LocalDate> days = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int day = Math.min(length, 1 + k * length / count + random.nextInt(slot));
            days.add(month.atDay(day));
        }
        return days;
    }

    private Map<Integer, List<Line>> packages() {
        Map<Integer, List<Line>> packages = new HashMap<>();
        jdbc.sql("""
                        select p.capability_level, i.id, i.name, i.standard_minutes, i.unit_price_fen, p.visits_per_month
                        from eldercare.service_packages p join eldercare.service_items i on i.id = p.item_id
                        order by p.capability_level, i.sort_order, i.id
                        """).query(rs -> {
            packages.computeIfAbsent(rs.getInt(1), l -> new ArrayList<>())
                    .add(new Line(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getInt(6)));
        });
        return packages;
    }

    private BigDecimal coordinate(double around) {
        return BigDecimal.valueOf(around + (random.nextDouble() - 0.5) * 0.6).setScale(6, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime china(LocalDateTime at) {
        return at == null ? null : at.atZone(DemoCareNetwork.CHINA).toOffsetDateTime();
    }
}
