package org.minzheng.eldercare.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minzheng.eldercare.demo.DemoCareNetwork.Bed;
import org.minzheng.eldercare.demo.DemoCareNetwork.Provider;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DEMO DATA. Elders of each provider's townships, each with a first assessment by the demo agency and an
 * active bed accepted before the three demo months began. ID numbers are encrypted and blind-indexed the way
 * the elder module stores them.
 */
final class DemoBeds {

    private static final String ELDER_ID_NUMBER = "eldercare.elders.id_number";
    private static final String[] ECONOMIC = {"TEKUN", "DIBAO", "DIBAO", "EDGE", "EDGE"};
    private static final String[] LIVING = {"ALONE", "ALONE", "EMPTY_NEST", "EMPTY_NEST", "WITH_FAMILY", "OTHER"};
    /** Beds the provider serving 彭李街道 in 滨城区 places there first, so that huli has elders to visit today. */
    private static final int HULI_ELDERS = 3;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;
    private final DemoPeople people;
    private final Random random;

    DemoBeds(
            JdbcClient jdbc,
            JdbcTemplate batch,
            PersonalDataCipher cipher,
            BlindIndex index,
            DemoPeople people,
            Random random) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cipher = cipher;
        this.index = index;
        this.people = people;
        this.random = random;
    }

    List<Bed> establish(
            List<Provider> providers, Map<String, List<String>> villages, Provider huliProvider, LocalDate today) {
        long[] assessors = assessors();
        LocalDate firstMonth = YearMonth.from(today).minusMonths(2).atDay(1);
        Map<String, Long> providersPerCounty = providers.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Provider::county, java.util.stream.Collectors.counting()));
        List<Object[]> elders = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> beds = new ArrayList<>();
        List<Bed> established = new ArrayList<>();
        for (Provider provider : providers) {
            long inCounty = providersPerCounty.get(provider.county());
            int count = inCounty >= 3
                    ? 8 + random.nextInt(4)
                    : inCounty == 2 ? 12 + random.nextInt(7) : 22 + random.nextInt(9);
            String contract = jdbc.sql(
                            "select number from eldercare.provider_contracts where provider_id = :id order by valid_to desc limit 1")
                    .param("id", provider.id())
                    .query(String.class)
                    .single();
            List<Long> elderIds = DemoCareNetwork.nextIds(jdbc, "eldercare.elders", count);
            List<Long> bedIds = DemoCareNetwork.nextIds(jdbc, "eldercare.beds", count);
            for (int i = 0; i < count; i++) {
                String township = provider == huliProvider && i < HULI_ELDERS
                        ? DemoCareNetwork.PENGLI + "000"
                        : provider.townships()
                                .get(random.nextInt(provider.townships().size()));
                List<String> choices = villages.getOrDefault(township.substring(0, 9), List.of());
                String region = choices.isEmpty() ? township : choices.get(random.nextInt(choices.size()));
                IdNumber idNumber = people.elderIdNumber(provider.county());
                boolean male = idNumber.sex().name().equals("MALE");
                int level = level();
                LocalDate accepted = firstMonth.minusDays(5 + random.nextInt(200));
                LocalDate assessed = accepted.minusDays(20 + random.nextInt(20));
                long elderId = elderIds.get(i);
                elders.add(new Object[] {
                    elderId,
                    region,
                    people.elderName(male),
                    cipher.encrypt(idNumber.value(), ELDER_ID_NUMBER),
                    index.of(idNumber.value(), ELDER_ID_NUMBER),
                    idNumber.maskedForStaff(),
                    idNumber.birthDate(),
                    idNumber.sex().name(),
                    LIVING[random.nextInt(LIVING.length)],
                    ECONOMIC[random.nextInt(ECONOMIC.length)],
                    at(assessed.minusDays(7))
                });
                assessments.add(assessment(elderId, region, assessors, assessed, level));
                beds.add(new Object[] {
                    bedIds.get(i),
                    elderId,
                    region,
                    provider.id(),
                    contract,
                    at(assessed.plusDays(2)),
                    at(assessed.plusDays(5)),
                    accepted.minusDays(10),
                    accepted
                });
                established.add(new Bed(bedIds.get(i), elderId, region, provider, level, accepted));
            }
        }
        batch.batchUpdate("""
                insert into eldercare.elders (id, region_code, name, id_number_cipher, id_number_index, masked_id_number,
                    birth_date, sex, living_situation, economic_category, demo, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'demo', ?)
                """, elders, new int[] {
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BINARY,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE
        });
        batch.batchUpdate("""
                insert into eldercare.assessments (elder_id, region_code, agency_id, first_assessor_id, second_assessor_id,
                    reason, assessed_on, item_scores, self_care, mobility, mental, perception, raw_total, coma, dementia,
                    psychiatric, risk_events, preliminary_level, final_level, next_due_on, recorded_by)
                values (?, ?, ?, ?, ?, 'FIRST', ?, cast('{}' as jsonb), ?, ?, ?, ?, ?, false, false, false, 0, ?, ?, ?, 'demo')
                """, assessments);
        batch.batchUpdate("""
                insert into eldercare.beds (id, elder_id, region_code, provider_id, contract_number, status, created_by,
                    created_at, planned_by, planned_at, works_ordered_on, works_ordered_by, accepted_on, accepted_by,
                    acceptance_note)
                values (?, ?, ?, ?, ?, 'ACTIVE', 'demo', ?, 'demo', ?, ?, 'demo', ?, 'demo', '演示数据：改造已验收')
                """, beds, new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.DATE,
            Types.DATE
        });
        return established;
    }

    /** Mostly mild and moderate, fewer severe and total loss, as in the city's assessments. */
    private int level() {
        int r = random.nextInt(20);
        return r < 7 ? 1 : r < 13 ? 2 : r < 17 ? 3 : 4;
    }

    /** Dimension scores in proportion to their maxima (32, 15, 28, 15), adding up to a total of the level. */
    private Object[] assessment(long elderId, String region, long[] assessors, LocalDate on, int level) {
        int total =
                switch (level) {
                    case 1 -> 66 + random.nextInt(24);
                    case 2 -> 46 + random.nextInt(20);
                    case 3 -> 30 + random.nextInt(16);
                    default -> 5 + random.nextInt(25);
                };
        int selfCare = Math.round(total * 32f / 90);
        int mobility = Math.round(total * 15f / 90);
        int mental = Math.round(total * 28f / 90);
        int perception = Math.max(0, Math.min(15, total - selfCare - mobility - mental));
        total = selfCare + mobility + mental + perception;
        return new Object[] {
            elderId,
            region,
            assessors[0],
            assessors[1],
            assessors[2],
            on,
            selfCare,
            mobility,
            mental,
            perception,
            total,
            level,
            level,
            on.plusYears(1)
        };
    }

    /** The demo agency of the migrations and two of its assessors. */
    private long[] assessors() {
        return jdbc.sql("""
                        select a.id, min(s.id), max(s.id)
                        from eldercare.assessment_agencies a join eldercare.assessors s on s.agency_id = a.id
                        where a.demo group by a.id having count(*) >= 2 order by a.id limit 1
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .optional()
                .orElseThrow(
                        () -> new IllegalStateException("The demo assessment agency of the migrations is missing"));
    }

    static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(DemoCareNetwork.CHINA).toOffsetDateTime();
    }
}
