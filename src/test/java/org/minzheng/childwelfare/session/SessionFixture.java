package org.minzheng.childwelfare.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A welfare home of its own with children and therapists, made with SQL and removed after the test. */
final class SessionFixture {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final JdbcTemplate jdbc;
    private final List<Long> institutions = new ArrayList<>();

    SessionFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long institution(String region) {
        long id = jdbc.queryForObject(
                "insert into childwelfare.institutions (name, region_code) values (?, ?) returning id",
                Long.class,
                "训练测试福利院" + tag + "-" + institutions.size(),
                region);
        institutions.add(id);
        return id;
    }

    long child(long institution, String name, String disability) {
        String region = jdbc.queryForObject(
                "select region_code from childwelfare.institutions where id = ?", String.class, institution);
        String index = UUID.randomUUID().toString();
        return jdbc.queryForObject(
                """
                insert into childwelfare.children (institution_id, region_code, name, id_number_cipher, id_number_index,
                    masked_id_number, birth_date, sex, guardianship, disability_type, disability_grade,
                    rehab_assistance_registered, medical_insurance_enrolled, admitted_on, created_by)
                values (?, ?, ?, ?, ?, '3716**********0011', ?, 'MALE', 'ORPHAN', ?, 2, true, true, ?, 'test')
                returning id
                """,
                Long.class,
                institution,
                region,
                name,
                index.getBytes(),
                index,
                LocalDate.now().minusYears(6),
                disability,
                LocalDate.now().minusYears(1));
    }

    long therapist(long institution, String name, String username) {
        return jdbc.queryForObject(
                "insert into childwelfare.therapists (institution_id, name, username) values (?, ?, ?) returning id",
                Long.class,
                institution,
                name,
                username);
    }

    void remove() {
        for (long institution : institutions) {
            String children = "(select id from childwelfare.children where institution_id = " + institution + ")";
            jdbc.update("delete from childwelfare.sessions where child_id in " + children);
            jdbc.update("delete from childwelfare.plans where child_id in " + children);
            jdbc.update("delete from childwelfare.children where institution_id = ?", institution);
            jdbc.update("delete from childwelfare.therapists where institution_id = ?", institution);
            jdbc.update("delete from childwelfare.institutions where id = ?", institution);
        }
    }
}
