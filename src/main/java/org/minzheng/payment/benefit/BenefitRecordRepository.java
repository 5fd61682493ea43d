package org.minzheng.payment.benefit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Benefit records in bulk: one statement per delivery, however many records it carries. */
@Repository
class BenefitRecordRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BenefitRecordRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A record ready for the table: personal data already encrypted and indexed. */
    record StoredRecord(
            String externalId,
            byte[] idNumberCipher,
            String idNumberIndex,
            String idNumberMasked,
            String personName,
            String phoneIndex,
            String benefitName,
            YearMonth month,
            long amountFen,
            LocalDate paidOn,
            String note) {}

    /** How a delivery changed the table. */
    record Upserted(int created, int updated, int unchanged) {}

    /**
     * Inserts new records and updates those the department sent before under the same id; a record that
     * comes again unchanged is left alone. The conflict key contains the department, so one department's
     * delivery never touches another's records, whatever ids it uses.
     */
    Upserted upsert(String department, List<StoredRecord> records, boolean demo) {
        if (records.isEmpty()) {
            return new Upserted(0, 0, 0);
        }
        List<Map<String, Object>> rows =
                records.stream().map(BenefitRecordRepository::row).toList();
        List<Boolean> inserted = jdbc.sql("""
                        insert into payment.benefit_records as b (department_code, external_id, id_number_cipher,
                            id_number_index, id_number_masked, person_name, phone_index, benefit_name, month,
                            amount_fen, paid_on, note, demo)
                        select :department, r.external_id, decode(r.id_number_cipher, 'base64'), r.id_number_index,
                               r.id_number_masked, r.person_name, r.phone_index, r.benefit_name, r.month, r.amount_fen,
                               r.paid_on, r.note, :demo
                        from jsonb_to_recordset(cast(:rows as jsonb)) as r(external_id varchar, id_number_cipher text,
                            id_number_index varchar, id_number_masked varchar, person_name varchar, phone_index varchar,
                            benefit_name varchar, month date, amount_fen bigint, paid_on date, note varchar)
                        on conflict (department_code, external_id) do update set
                            id_number_cipher = case when b.id_number_index = excluded.id_number_index
                                                    then b.id_number_cipher else excluded.id_number_cipher end,
                            id_number_index = excluded.id_number_index,
                            id_number_masked = excluded.id_number_masked,
                            person_name = excluded.person_name,
                            phone_index = excluded.phone_index,
                            benefit_name = excluded.benefit_name,
                            month = excluded.month,
                            amount_fen = excluded.amount_fen,
                            paid_on = excluded.paid_on,
                            note = excluded.note,
                            updated_at = now()
                        where (b.id_number_index, b.person_name, b.phone_index, b.benefit_name, b.month, b.amount_fen,
                               b.paid_on, b.note)
                              is distinct from
                              (excluded.id_number_index, excluded.person_name, excluded.phone_index,
                               excluded.benefit_name, excluded.month, excluded.amount_fen, excluded.paid_on,
                               excluded.note)
                        returning (xmax = 0) as inserted
                        """)
                .param("department", department)
                .param("demo", demo)
                .param("rows", json.writeValueAsString(rows))
                .query(Boolean.class)
                .list();
        int created = (int) inserted.stream().filter(Boolean::booleanValue).count();
        int updated = inserted.size() - created;
        return new Upserted(created, updated, records.size() - inserted.size());
    }

    /** One of the department's own records; another department's record with the same id is not found. */
    Optional<RecordRow> find(String department, String externalId) {
        return jdbc.sql("select " + ROW_COLUMNS + " where b.department_code = :department and b.external_id = :id")
                .param("department", department)
                .param("id", externalId)
                .query(BenefitRecordRepository::recordRow)
                .optional();
    }

    /**
     * Records for the console. They carry no region (departments deliver for the whole city), so only staff
     * with a city-wide scope see any.
     */
    Page<RecordRow> search(RecordSearch search, boolean cityWide, Pageable page) {
        String where = """
                 where :cityWide
                   and (:department = '' or b.department_code = :department)
                   and (cast(:month as date) is null or b.month = cast(:month as date))
                   and (:person = '' or b.id_number_index = :person)
                """;
        long total = bind(jdbc.sql("select count(*) from payment.benefit_records b" + where), search, cityWide)
                .query(Long.class)
                .single();
        List<RecordRow> rows = bind(
                        jdbc.sql(
                                "select " + ROW_COLUMNS + where
                                        + " order by b.month desc, d.sort_order, b.benefit_name, b.id limit :limit offset :offset"),
                        search,
                        cityWide)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(BenefitRecordRepository::recordRow)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    boolean hasPhone(String personIndex, String phoneIndex) {
        return jdbc.sql("""
                        select exists (select 1 from payment.benefit_records b join payment.departments d
                                       on d.code = b.department_code and d.active
                                       where b.id_number_index = :person and b.phone_index = :phone)
                        """)
                .param("person", personIndex)
                .param("phone", phoneIndex)
                .query(Boolean.class)
                .single();
    }

    /** The person's records of active departments from {@code since}, by department order, benefit, month. */
    List<PersonRecord> ofPersons(List<String> personIndexes, YearMonth since) {
        return jdbc.sql("""
                        select d.code, d.name_zh, d.name_en, d.hotline, b.id_number_index, b.person_name,
                               b.benefit_name, b.month, b.amount_fen, b.paid_on, b.note
                        from payment.benefit_records b join payment.departments d on d.code = b.department_code
                        where b.id_number_index in (:persons) and d.active and b.month >= :since
                        order by d.sort_order, d.code, b.benefit_name, b.month desc, b.id
                        """)
                .param("persons", personIndexes)
                .param("since", Date.valueOf(since.atDay(1)))
                .query((rs, n) -> new PersonRecord(
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("hotline"),
                        rs.getString("id_number_index"),
                        rs.getString("person_name"),
                        rs.getString("benefit_name"),
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("amount_fen"),
                        day(rs, "paid_on"),
                        rs.getString("note")))
                .list();
    }

    long count(String department, String externalId) {
        return jdbc.sql("select count(*) from payment.benefit_records where department_code = ? and external_id = ?")
                .param(department)
                .param(externalId)
                .query(Long.class)
                .single();
    }

    /** A record of a person as the 幸福清单 shows it. */
    record PersonRecord(
            String departmentCode,
            String departmentZh,
            String departmentEn,
            String hotline,
            String personIndex,
            String personName,
            String benefitName,
            YearMonth month,
            long amountFen,
            LocalDate paidOn,
            String note) {}

    private static final String ROW_COLUMNS = """
            b.id, b.department_code, d.name_zh, d.name_en, b.external_id, b.id_number_masked, b.person_name,
            b.benefit_name, b.month, b.amount_fen, b.paid_on, b.note, b.demo, b.updated_at
            from payment.benefit_records b join payment.departments d on d.code = b.department_code""";

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, RecordSearch search, boolean cityWide) {
        return statement
                .param("cityWide", cityWide)
                .param("department", search.department())
                .param(
                        "month",
                        search.month() == null
                                ? null
                                : Date.valueOf(search.month().atDay(1)))
                .param("person", search.personIndex());
    }

    private static RecordRow recordRow(ResultSet rs, int n) throws SQLException {
        return new RecordRow(
                rs.getLong("id"),
                rs.getString("department_code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("external_id"),
                rs.getString("id_number_masked"),
                rs.getString("person_name"),
                rs.getString("benefit_name"),
                YearMonth.from(rs.getDate("month").toLocalDate()),
                rs.getLong("amount_fen"),
                day(rs, "paid_on"),
                rs.getString("note"),
                rs.getBoolean("demo"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Map<String, Object> row(StoredRecord record) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("external_id", record.externalId());
        row.put("id_number_cipher", Base64.getEncoder().encodeToString(record.idNumberCipher()));
        row.put("id_number_index", record.idNumberIndex());
        row.put("id_number_masked", record.idNumberMasked());
        row.put("person_name", record.personName());
        row.put("phone_index", record.phoneIndex());
        row.put("benefit_name", record.benefitName());
        row.put("month", record.month().atDay(1).toString());
        row.put("amount_fen", record.amountFen());
        row.put("paid_on", record.paidOn() == null ? null : record.paidOn().toString());
        row.put("note", record.note());
        return row;
    }
}
