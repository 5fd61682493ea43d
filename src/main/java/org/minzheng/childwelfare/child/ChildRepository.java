package org.minzheng.childwelfare.child;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Children in care, their institutions and rooms; every read is limited to a data scope in SQL. */
@Repository
class ChildRepository {

    static final String ID_NUMBER = "childwelfare.children.id_number";

    private static final String SELECT = """
            select c.id, c.name, c.masked_id_number, c.sex, c.birth_date, c.region_code, c.guardianship,
                   c.disability_type, c.disability_grade, c.rehab_assistance_registered,
                   c.medical_insurance_enrolled, c.institution_id, i.name as institution_name, c.room_id,
                   r.name as room_name, c.admitted_on, c.discharged_on, c.discharge_reason,
                   c.household_id is not null as linked, c.demo, c.created_by, c.created_at
            from childwelfare.children c
            join childwelfare.institutions i on i.id = c.institution_id
            left join childwelfare.rooms r on r.id = c.room_id
            """;

    /** Filters that are null match everything; {@code idIndex} is set when the query is a whole ID number. */
    private static final String WHERE = """
            where c.region_code like :prefix || '%'
              and (cast(:name as text) is null or c.name like :name escape '\\' or c.id_number_index = :idIndex)
              and (cast(:guardianship as text) is null or c.guardianship = :guardianship)
              and (cast(:disability as text) is null or c.disability_type = :disability)
              and (cast(:room as bigint) is null or c.room_id = :room)
              and (cast(:status as text) is null
                   or (:status = 'IN_CARE' and c.discharged_on is null)
                   or (:status = 'DISCHARGED' and c.discharged_on is not null))
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;

    ChildRepository(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    String indexOf(String idNumber) {
        return blindIndex.of(idNumber, ID_NUMBER);
    }

    boolean isRegistered(String idNumber) {
        return jdbc.sql("select exists (select 1 from childwelfare.children where id_number_index = :index)")
                .param("index", indexOf(idNumber))
                .query(Boolean.class)
                .single();
    }

    long insert(NewChild child, String staff) {
        return jdbc.sql("""
                        insert into childwelfare.children (institution_id, room_id, region_code, household_id,
                            person_id, name, id_number_cipher, id_number_index, masked_id_number, birth_date, sex,
                            guardianship, disability_type, disability_grade, rehab_assistance_registered,
                            medical_insurance_enrolled, admitted_on, demo, created_by)
                        values (:institution, :room, :region, :household, :person, :name, :cipher, :index, :masked,
                            :birthDate, :sex, :guardianship, :disability, :grade, :rehab, :insurance, :admittedOn,
                            :demo, :staff)
                        returning id
                        """)
                .param("institution", child.institution().id())
                .param("room", child.roomId().orElse(null), Types.BIGINT)
                .param("region", child.region().value())
                .param("household", child.householdId().orElse(null), Types.BIGINT)
                .param("person", child.personId().orElse(null), Types.BIGINT)
                .param("name", child.name())
                .param("cipher", cipher.encrypt(child.idNumber().value(), ID_NUMBER))
                .param("index", indexOf(child.idNumber().value()))
                .param("masked", child.idNumber().maskedForStaff())
                .param("birthDate", child.idNumber().birthDate())
                .param("sex", child.idNumber().sex().name())
                .param("guardianship", child.guardianship().name())
                .param("disability", child.disabilityType().name())
                .param("grade", child.disabilityGrade(), Types.SMALLINT)
                .param("rehab", child.rehabAssistanceRegistered())
                .param("insurance", child.medicalInsuranceEnrolled())
                .param("admittedOn", child.admittedOn())
                .param("demo", child.demo())
                .param("staff", staff)
                .query(Long.class)
                .single();
    }

    Page<ChildSummary> search(ChildSearch search, DataScope scope, Pageable page) {
        long total = bind(jdbc.sql("select count(*) from childwelfare.children c " + WHERE), search, scope)
                .query(Long.class)
                .single();
        List<ChildSummary> rows = bind(
                        jdbc.sql(SELECT + WHERE
                                + " order by c.discharged_on is not null, c.name, c.id limit :limit offset :offset"),
                        search,
                        scope)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> summary(rs))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** All matching children for the Excel export, capped so a careless export cannot exhaust memory. */
    List<ChildSummary> export(ChildSearch search, DataScope scope, int limit) {
        return bind(
                        jdbc.sql(SELECT + WHERE + " order by c.discharged_on is not null, c.name, c.id limit :limit"),
                        search,
                        scope)
                .param("limit", limit)
                .query((rs, n) -> summary(rs))
                .list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ChildSearch search, DataScope scope) {
        String name = search.text().isEmpty() ? null : "%" + Like.escape(search.text()) + "%";
        return sql.param("prefix", scope.prefix())
                .param("name", name, Types.VARCHAR)
                .param(
                        "idIndex",
                        search.idNumber().map(id -> indexOf(id.value())).orElse(null),
                        Types.VARCHAR)
                .param(
                        "guardianship",
                        search.guardianship() == null
                                ? null
                                : search.guardianship().name(),
                        Types.VARCHAR)
                .param(
                        "disability",
                        search.disabilityType() == null
                                ? null
                                : search.disabilityType().name(),
                        Types.VARCHAR)
                .param("room", search.roomId(), Types.BIGINT)
                .param("status", search.status().isEmpty() ? null : search.status(), Types.VARCHAR);
    }

    Optional<ChildSummary> summary(long id, DataScope scope) {
        return jdbc.sql(SELECT + " where c.id = :id and c.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> summary(rs))
                .optional();
    }

    Optional<ChildDetails> details(long id, DataScope scope) {
        return jdbc.sql(SELECT + " where c.id = :id and c.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new ChildDetails(
                        summary(rs),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        medicalNoteCount(id)))
                .optional();
    }

    private int medicalNoteCount(long childId) {
        return jdbc.sql("select count(*) from childwelfare.medical_notes where child_id = :id")
                .param("id", childId)
                .query(Integer.class)
                .single();
    }

    /** The institutions of the scope with their rooms, in name order. */
    List<Institution> institutions(DataScope scope) {
        Map<Long, List<Institution.Room>> rooms = new HashMap<>();
        jdbc.sql("""
                        select r.institution_id, r.id, r.name from childwelfare.rooms r
                        join childwelfare.institutions i on i.id = r.institution_id
                        where i.region_code like :prefix || '%'
                        order by r.id
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> rooms.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(new Institution.Room(rs.getLong(2), rs.getString(3))))
                .list();
        return jdbc.sql("""
                        select id, name, region_code, demo from childwelfare.institutions
                        where region_code like :prefix || '%' order by name, id
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new Institution(
                        rs.getLong("id"),
                        rs.getString("name"),
                        RegionCode.of(rs.getString("region_code")),
                        rs.getBoolean("demo"),
                        List.copyOf(rooms.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    void changeRoom(long childId, Long roomId) {
        jdbc.sql("update childwelfare.children set room_id = :room where id = :id")
                .param("id", childId)
                .param("room", roomId, Types.BIGINT)
                .update();
    }

    void changeFlags(long childId, FlagsForm flags) {
        jdbc.sql("""
                        update childwelfare.children
                        set rehab_assistance_registered = :rehab, medical_insurance_enrolled = :insurance
                        where id = :id
                        """)
                .param("id", childId)
                .param("rehab", flags.rehabAssistance())
                .param("insurance", flags.medicalInsurance())
                .update();
    }

    /** @return false when the child was discharged already (by someone else a moment ago) */
    boolean discharge(long childId, LocalDate on, String reason) {
        return jdbc.sql("""
                                update childwelfare.children set discharged_on = :on, discharge_reason = :reason
                                where id = :id and discharged_on is null
                                """)
                        .param("id", childId)
                        .param("on", on)
                        .param("reason", reason)
                        .update()
                == 1;
    }

    /** In care now, and discharged since 1 January of {@code year}, within the scope. */
    long[] tile(DataScope scope, int year) {
        return jdbc.sql("""
                        select count(*) filter (where discharged_on is null),
                               count(*) filter (where discharged_on >= make_date(:year, 1, 1))
                        from childwelfare.children where region_code like :prefix || '%'
                        """)
                .param("prefix", scope.prefix())
                .param("year", year)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private static ChildSummary summary(ResultSet rs) throws SQLException {
        return new ChildSummary(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("masked_id_number"),
                Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class),
                RegionCode.of(rs.getString("region_code")),
                Guardianship.valueOf(rs.getString("guardianship")),
                DisabilityType.valueOf(rs.getString("disability_type")),
                rs.getObject("disability_grade", Integer.class),
                rs.getBoolean("rehab_assistance_registered"),
                rs.getBoolean("medical_insurance_enrolled"),
                rs.getLong("institution_id"),
                rs.getString("institution_name"),
                rs.getObject("room_id", Long.class),
                rs.getString("room_name"),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("discharged_on", LocalDate.class),
                rs.getString("discharge_reason"),
                rs.getBoolean("linked"),
                rs.getBoolean("demo"));
    }
}
