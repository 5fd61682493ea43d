package org.minzheng.registry.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the delivered records. A record matches a registered person by the blind index of the ID number,
 * at read time, so a person registered after the delivery is matched too.
 */
@Repository
class FeedRecordRepository {

    /** Staff see the records of persons registered within their scope; unmatched ones only city-wide staff. */
    private static final String FROM = """
            from registry.feed_records f
            join registry.feed_departments d on d.code = f.department
            left join registry.persons p on p.id_number_index = f.id_number_index
            left join registry.households h on h.id = p.household_id
            where (h.region_code like :prefix || '%' or h.id is null and :cityWide)
              and (:kind = '' or f.kind = :kind)
              and (:department = '' or f.department = :department)
              and (cast(:from as date) is null or f.occurred_on >= :from)
              and (cast(:until as date) is null or f.occurred_on <= :until)
              and (:matched = '' or :matched = 'yes' and h.id is not null or :matched = 'no' and h.id is null)
            """;

    private final JdbcClient jdbc;

    FeedRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored record's row, ready to upsert: the ID number already encrypted and indexed. */
    record Stored(CheckedRecord record, byte[] idCipher, String idIndex) {}

    /** What an upsert changed, and the ID-number indexes of the records created or changed. */
    record Upserted(int created, int updated, int unchanged, Set<String> touchedIndexes) {}

    /**
     * Creates or updates the department's records by their own ids in one statement; a record delivered again
     * unchanged stays as it is. Arrays of text carry the rows (bytes in base64) so that PostgreSQL does the
     * whole delivery set-based.
     */
    Upserted upsert(String department, List<Stored> rows, boolean demo) {
        if (rows.isEmpty()) {
            return new Upserted(0, 0, 0, Set.of());
        }
        Base64.Encoder base64 = Base64.getEncoder();
        List<Map.Entry<String, Boolean>> changed = jdbc.sql("""
                        insert into registry.feed_records as f (department, external_id, kind, id_number_cipher,
                            id_number_index, person_name, occurred_on, ended_on, amount_fen, category, grade, plate,
                            detail, demo)
                        select :department, t.external_id, t.kind, decode(t.cipher, 'base64'), t.id_index, t.name,
                               cast(t.occurred_on as date), cast(t.ended_on as date), cast(t.amount_fen as bigint),
                               t.category, t.grade, t.plate, t.detail, :demo
                        from unnest(cast(:externalIds as text[]), cast(:kinds as text[]), cast(:ciphers as text[]),
                                    cast(:indexes as text[]), cast(:names as text[]), cast(:occurred as text[]),
                                    cast(:ended as text[]), cast(:amounts as text[]), cast(:categories as text[]),
                                    cast(:grades as text[]), cast(:plates as text[]), cast(:details as text[]))
                             as t(external_id, kind, cipher, id_index, name, occurred_on, ended_on, amount_fen,
                                  category, grade, plate, detail)
                        on conflict (department, external_id) do update set
                            kind = excluded.kind, id_number_cipher = excluded.id_number_cipher,
                            id_number_index = excluded.id_number_index, person_name = excluded.person_name,
                            occurred_on = excluded.occurred_on, ended_on = excluded.ended_on,
                            amount_fen = excluded.amount_fen, category = excluded.category, grade = excluded.grade,
                            plate = excluded.plate, detail = excluded.detail, updated_at = now()
                        where (f.kind, f.id_number_index, f.person_name, f.occurred_on, f.ended_on, f.amount_fen,
                               f.category, f.grade, f.plate, f.detail)
                              is distinct from
                              (excluded.kind, excluded.id_number_index, excluded.person_name, excluded.occurred_on,
                               excluded.ended_on, excluded.amount_fen, excluded.category, excluded.grade,
                               excluded.plate, excluded.detail)
                        returning f.id_number_index, (f.xmax = 0) as created
                        """)
                .param("department", department)
                .param("demo", demo)
                .param("externalIds", column(rows, r -> r.record().externalId()))
                .param("kinds", column(rows, r -> r.record().kind().name()))
                .param("ciphers", column(rows, r -> base64.encodeToString(r.idCipher())))
                .param("indexes", column(rows, Stored::idIndex))
                .param("names", column(rows, r -> r.record().name()))
                .param("occurred", column(rows, r -> text(r.record().occurredOn())))
                .param("ended", column(rows, r -> text(r.record().endedOn())))
                .param("amounts", column(rows, r -> text(r.record().amountFen())))
                .param("categories", column(rows, r -> r.record().category()))
                .param("grades", column(rows, r -> r.record().grade()))
                .param("plates", column(rows, r -> r.record().plate()))
                .param("details", column(rows, r -> r.record().detail()))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
                .list();
        int created = (int) changed.stream().filter(Map.Entry::getValue).count();
        int updated = changed.size() - created;
        Set<String> touched = new HashSet<>();
        changed.forEach(entry -> touched.add(entry.getKey()));
        return new Upserted(created, updated, rows.size() - changed.size(), touched);
    }

    private static String[] column(List<Stored> rows, Function<Stored, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** How many of these ID-number indexes belong to registered persons. */
    int matchedCount(Collection<String> indexes) {
        if (indexes.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from registry.persons where id_number_index = any(cast(:indexes as text[]))")
                .param("indexes", indexes.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }

    /** The households whose members have these ID-number indexes. */
    Set<Long> householdsOf(Collection<String> indexes) {
        if (indexes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct household_id from registry.persons
                        where id_number_index = any(cast(:indexes as text[]))
                        """)
                .param("indexes", indexes.toArray(String[]::new))
                .query(Long.class)
                .list());
    }

    /** A registered person an ID-number index belongs to, and where the household lives. */
    record Member(String idIndex, long personId, long householdId, String village) {}

    /** The registered persons with these ID-number indexes. */
    List<Member> membersOf(Collection<String> indexes) {
        if (indexes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id_number_index, p.id, p.household_id, h.region_code
                        from registry.persons p
                        join registry.households h on h.id = p.household_id
                        where p.id_number_index = any(cast(:indexes as text[]))
                        """)
                .param("indexes", indexes.toArray(String[]::new))
                .query((rs, n) -> new Member(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    List<FeedRow> search(FeedSearch search, String prefix, boolean cityWide, int limit, long offset) {
        return jdbc.sql("""
                        select f.id, f.department, d.name as department_name, f.kind, f.external_id, f.id_number_cipher,
                               f.person_name, f.occurred_on, f.ended_on, f.amount_fen, f.category, f.grade, f.plate,
                               f.detail, f.demo, f.received_at, h.id as household_id, h.number as household_number
                        """ + FROM + """
                        order by f.received_at desc, f.id desc
                        limit :limit offset :offset
                        """)
                .params(filter(search, prefix, cityWide))
                .param("limit", limit)
                .param("offset", offset)
                .query(FeedRecordRepository::row)
                .list();
    }

    long count(FeedSearch search, String prefix, boolean cityWide) {
        return jdbc.sql("select count(*) " + FROM)
                .params(filter(search, prefix, cityWide))
                .query(Long.class)
                .single();
    }

    List<FeedDepartment> departments() {
        return jdbc.sql("""
                        select code, name, active, api_key_hash is not null as api_open
                        from registry.feed_departments order by sort_order, code
                        """)
                .query((rs, n) -> new FeedDepartment(
                        rs.getString("code"), rs.getString("name"), rs.getBoolean("active"), rs.getBoolean("api_open")))
                .list();
    }

    /** The stored hash of an active department's key; empty when unknown, inactive or without a key. */
    java.util.Optional<String> keyHash(String department) {
        return jdbc.sql("select api_key_hash from registry.feed_departments where code = :code and active")
                .param("code", department)
                .query(String.class)
                .optional()
                .filter(hash -> hash != null);
    }

    boolean setKeyHash(String department, String hash) {
        return jdbc.sql("update registry.feed_departments set api_key_hash = :hash where code = :code")
                        .param("hash", hash)
                        .param("code", department)
                        .update()
                == 1;
    }

    private static Map<String, Object> filter(FeedSearch search, String prefix, boolean cityWide) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("prefix", prefix);
        parameters.put("cityWide", cityWide);
        parameters.put("kind", search.kind());
        parameters.put("department", search.department());
        parameters.put("from", search.from());
        parameters.put("until", search.until());
        parameters.put("matched", search.matched());
        return parameters;
    }

    private static FeedRow row(ResultSet rs, int n) throws SQLException {
        long amount = rs.getLong("amount_fen");
        Long amountFen = rs.wasNull() ? null : amount;
        long household = rs.getLong("household_id");
        Long householdId = rs.wasNull() ? null : household;
        return new FeedRow(
                rs.getLong("id"),
                rs.getString("department"),
                rs.getString("department_name"),
                FeedKind.valueOf(rs.getString("kind")),
                rs.getString("external_id"),
                rs.getBytes("id_number_cipher"),
                rs.getString("person_name"),
                rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class),
                amountFen,
                rs.getString("category"),
                rs.getString("grade"),
                rs.getString("plate"),
                rs.getString("detail"),
                rs.getBoolean("demo"),
                rs.getTimestamp("received_at").toInstant(),
                householdId,
                rs.getString("household_number"));
    }
}
